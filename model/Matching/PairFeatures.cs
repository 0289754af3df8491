using System.Collections.Immutable;

namespace Matchmaker.Model.Matching;

/// <summary>The fixed, ordered list of pair feature names: <see cref="PairFeature"/> in camel case.</summary>
public static class PairFeatures
{
    public const int Count = (int)PairFeature.ProfileFreshness + 1;

    public static ImmutableArray<string> Names { get; } =
        [.. Enum.GetValues<PairFeature>().Select(feature => char.ToLowerInvariant(feature.ToString()[0]) + feature.ToString()[1..])];

    public static string NameOf(PairFeature feature) => Names[(int)feature];
}
