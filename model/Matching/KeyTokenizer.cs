using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Matching;

/// <summary>
/// The tokens of keys, for overlaps that should meet free text halfway: each key itself, then the
/// <see cref="TextTerms"/> of its words (the text of a <c>text:</c> key; a canonical skill's id and name).
/// A key's tokens are worked out once and remembered.
/// </summary>
internal sealed class KeyTokenizer
{
    private const int CacheLimit = 100_000;

    private readonly Taxonomy taxonomy;
    private readonly BoundedCache<ulong[]> cache;

    public KeyTokenizer(Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        cache = new BoundedCache<ulong[]>(CacheLimit, Compute);
    }

    /// <summary>
    /// The distinct tokens of the keys, ascending: all of them, or, past <paramref name="max"/>, the first
    /// <paramref name="max"/> distinct ones in key order.
    /// </summary>
    public ulong[] Of(IEnumerable<string> keys, int max)
    {
        var parts = new List<ulong[]>();
        var total = 0;
        foreach (var key in keys)
        {
            // Keys are never null by type; a deserialised projection could still carry one.
            if (key is not null)
            {
                var tokens = cache[key];
                parts.Add(tokens);
                total += tokens.Length;
            }
        }

        if (total <= max)
        {
            var all = new ulong[total];
            var at = 0;
            foreach (var part in parts)
            {
                part.CopyTo(all, at);
                at += part.Length;
            }

            return SortedKeys.SortUnique(all);
        }

        var kept = new HashSet<ulong>();
        foreach (var token in parts.SelectMany(part => part))
        {
            if (kept.Count >= max)
            {
                break;
            }

            kept.Add(token);
        }

        return SortedKeys.SortUnique([.. kept]);
    }

    private ulong[] Compute(string key)
    {
        var words = MatchKey.IsFreeText(key)
            ? TextTerms.Of(key[MatchKey.FreeTextPrefix.Length..])
            : TextTerms.Of([key, taxonomy.Find(key)?.Name]);
        var tokens = new List<ulong>(words.Count + 1) { KeyHash.Of(key) };
        foreach (var word in words)
        {
            var hash = KeyHash.Of(word);
            if (!tokens.Contains(hash))
            {
                tokens.Add(hash);
            }
        }

        return [.. tokens];
    }
}
