// Trains the ranking model on the shipped bootstrap set exactly as the app does at first start, and prints
// the evaluation table. Usage: dotnet run --project tools/Matchmaker.Train -c Release [-- --save model.zip]
using System.Diagnostics;
using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Training;

var save = args.SkipWhile(a => a != "--save").Skip(1).FirstOrDefault();
var clock = Stopwatch.StartNew();
var result = TrainingRun.Run(TrainingSetAssembler.Assemble(ShippedBootstrap.Pairs, []), ShippedBootstrap.Seed);
Console.Write(EvaluationReport.Format(result));
Console.WriteLine($"Trained in {clock.Elapsed.TotalSeconds:F1} s (seed {ShippedBootstrap.Seed}, {ShippedBootstrap.Needs} needs x {ShippedBootstrap.CandidatesPerNeed} candidates).");
if (save is not null)
{
    using var file = File.Create(save);
    RankingModelFile.Save(result.Model, file);
    Console.WriteLine($"Saved the model to {save}.");
}
