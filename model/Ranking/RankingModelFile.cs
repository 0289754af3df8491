using Microsoft.ML;
using Microsoft.ML.Data;

namespace Matchmaker.Model.Ranking;

/// <summary>
/// Saves a model with its input schema (so a loaded model knows its feature count) and loads it back.
/// The file is data: the registry versions it and records its metrics beside it.
/// </summary>
public static class RankingModelFile
{
    public static void Save(RankingModel model, Stream destination)
    {
        var ml = new MLContext();
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<RankingRow>(), RankingSchema.For(model.FeatureCount)).Schema;
        ml.Model.Save(model.Transformer, schema, destination);
    }

    public static RankingModel Load(Stream source)
    {
        var ml = new MLContext();
        var transformer = ml.Model.Load(source, out var schema);
        var features = ((VectorDataViewType)schema[nameof(RankingRow.Features)].Type).Size;
        return new RankingModel(ml, transformer, features);
    }
}
