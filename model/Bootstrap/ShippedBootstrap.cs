using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;

namespace Matchmaker.Model.Bootstrap;

/// <summary>
/// The bootstrap set the app trains its first model on, and the seed of all its training: the same pairs
/// and the same model on every machine.
/// </summary>
public static class ShippedBootstrap
{
    public const int Seed = 20261128;
    public const int Needs = 300;
    public const int CandidatesPerNeed = 20;

    private static readonly Lazy<IReadOnlyList<LabelledPair>> Shipped = new(() => BootstrapEvaluation.Pairs(
        Taxonomy.Default, new BootstrapGenerator(Taxonomy.Default, Seed).Generate(Needs, CandidatesPerNeed), BootstrapGenerator.ReferenceTime));

    /// <summary>The labelled pairs, built once per process (they never change).</summary>
    public static IReadOnlyList<LabelledPair> Pairs => Shipped.Value;
}
