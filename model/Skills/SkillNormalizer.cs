using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Matchmaker.Model.Skills;

/// <summary>
/// Resolves what people write ("Node.js", "c sharp", "book-keeping", "organizing") to canonical skills.
/// Names, aliases and ids are compared by <see cref="LookupKey"/>. Ambiguous words ("go", "swift",
/// "spring") resolve only when the rest of the profile or need gives a cue, and are otherwise kept as
/// text rather than guessed.
/// </summary>
public sealed partial class SkillNormalizer
{
    private static readonly Lazy<SkillNormalizer> Shipped = new(() => new SkillNormalizer(Taxonomy.Default));

    private readonly Taxonomy taxonomy;
    private readonly FrozenDictionary<string, string> skillByKey;
    private readonly FrozenDictionary<string, AmbiguousTerm> ambiguousByKey;

    public SkillNormalizer(Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        ambiguousByKey = taxonomy.Ambiguous.ToFrozenDictionary(a => LookupKey(a.Term), StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var skill in taxonomy.Skills)
        {
            foreach (var text in skill.Aliases.Append(skill.Name).Append(skill.Id))
            {
                var key = LookupKey(text);
                if (key.Length > 0 && !ambiguousByKey.ContainsKey(key))
                {
                    keys.TryAdd(key, skill.Id);
                }
            }
        }

        skillByKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static SkillNormalizer Default => Shipped.Value;

    /// <summary>
    /// The form names are compared in: <see cref="SkillText.Normalize"/>, British spellings folded to
    /// American (organising, organizing), a leading dot spelled out (.net, dotnet), and separators
    /// (spaces, dots, dashes, slashes, ampersands) removed, while '#' and '+' stay (c#, c++).
    /// </summary>
    public static string LookupKey(string text)
    {
        var normalized = SkillText.Normalize(text);
        if (normalized.StartsWith('.'))
        {
            normalized = "dot" + normalized[1..];
        }

        normalized = BritishEnding().Replace(normalized, "iz$1");
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c) || c is '#' or '+')
            {
                builder.Append(c);
            }
        }

        // Text made only of separators or symbols keeps its own form, so it is still compared, never dropped.
        return builder.Length > 0 ? builder.ToString() : normalized;
    }

    /// <summary>Resolves one skill on its own: ambiguous words stay ambiguous.</summary>
    public ResolvedSkill Resolve(string raw) => Resolve(raw, FrozenSet<string>.Empty);

    /// <summary>
    /// Resolves the skills of one profile or need together, so that each is context for the others;
    /// <paramref name="contextText"/> (bio, description, interests) adds words as cues.
    /// </summary>
    public IReadOnlyList<ResolvedSkill> ResolveAll(IEnumerable<string> raws, string? contextText = null)
    {
        var list = raws.ToList();
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in list)
        {
            if (skillByKey.TryGetValue(LookupKey(raw), out var id))
            {
                AddWithBroader(context, id);
            }
        }

        foreach (var word in Words().Matches(string.Join(' ', list.Append(contextText ?? ""))).Select(m => LookupKey(m.Value)))
        {
            context.Add(word);
        }

        return [.. list.Select(raw => Resolve(raw, context))];
    }

    private ResolvedSkill Resolve(string raw, IReadOnlySet<string> context)
    {
        var key = LookupKey(raw);
        if (ambiguousByKey.TryGetValue(key, out var term))
        {
            return term.Cues.Any(cue => context.Contains(LookupKey(cue)) || context.Contains(cue))
                ? new ResolvedSkill(raw, term.SkillId, term.SkillId, IsAmbiguous: false)
                : new ResolvedSkill(raw, ResolvedSkill.TextPrefix + SkillText.Normalize(raw), null, IsAmbiguous: true);
        }

        return skillByKey.TryGetValue(key, out var id)
            ? new ResolvedSkill(raw, id, id, IsAmbiguous: false)
            : new ResolvedSkill(raw, ResolvedSkill.TextPrefix + SkillText.Normalize(raw), null, IsAmbiguous: false);
    }

    private void AddWithBroader(HashSet<string> context, string id)
    {
        if (!context.Add(id))
        {
            return;
        }

        foreach (var broader in taxonomy.Find(id)?.Broader ?? [])
        {
            AddWithBroader(context, broader);
        }
    }

    [GeneratedRegex(@"(?<=\p{L}{2})is(e|es|ed|ing|ation|ations|er|ers)\b")]
    private static partial Regex BritishEnding();

    [GeneratedRegex(@"[\p{L}\p{N}#+.]+")]
    private static partial Regex Words();
}
