using System.Globalization;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Explaining;

/// <summary>How reasons write names, lists, money and days: invariant culture, so a reason reads the same on every server.</summary>
internal static class Wording
{
    /// <summary>Lists name at most this many items, then "and N more".</summary>
    public const int MaxListed = 3;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A taxonomy skill's name; a free-text key's text; anything else as it is.</summary>
    public static string Name(Taxonomy taxonomy, string key) =>
        taxonomy.Find(key)?.Name ?? (MatchKey.IsFreeText(key) ? key[MatchKey.FreeTextPrefix.Length..] : key);

    /// <summary>"A", "A and B", "A, B and C", "A, B, C and 2 more".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        if (items.Count > MaxListed)
        {
            return string.Join(", ", items.Take(MaxListed)) + $" and {items.Count - MaxListed} more";
        }

        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    }

    public static string Money(string currency, double amount) => currency + amount.ToString("#,0.##", Invariant);

    public static string Number(double value) => value.ToString("#,0.##", Invariant);

    public static string Days(double days) => Number(days) + (days == 1 ? " day" : " days");
}
