using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaker.Model.Skills;

/// <summary>
/// The shipped skill taxonomy (<c>taxonomy.json</c>, embedded): canonical skills with aliases and
/// broader/related links, and the ambiguous terms that need context.
/// </summary>
public sealed class Taxonomy
{
    private static readonly Lazy<Taxonomy> Shipped = new(() =>
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream("taxonomy.json")
            ?? throw new InvalidOperationException("taxonomy.json is not embedded in the model assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly FrozenDictionary<string, Skill> byId;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> neighbours;

    private Taxonomy(int version, IReadOnlyList<Skill> skills, IReadOnlyList<AmbiguousTerm> ambiguous)
    {
        Version = version;
        Skills = skills;
        Ambiguous = ambiguous;
        byId = skills.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        neighbours = skills.ToFrozenDictionary(
            s => s.Id,
            s => (IReadOnlyList<string>)[.. s.Broader.Concat(s.Related).Concat(skills.Where(o => o.Broader.Contains(s.Id) || o.Related.Contains(s.Id)).Select(o => o.Id)).Distinct().Where(id => id != s.Id)],
            StringComparer.Ordinal);
    }

    public static Taxonomy Default => Shipped.Value;

    public int Version { get; }

    public IReadOnlyList<Skill> Skills { get; }

    public IReadOnlyList<AmbiguousTerm> Ambiguous { get; }

    public Skill? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Skills one step away: broader, narrower and related, in both directions.</summary>
    public IReadOnlyList<string> Neighbours(string id) => neighbours.GetValueOrDefault(id) ?? [];

    public static Taxonomy Parse(string json)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(json, Json) ?? throw new InvalidDataException("The taxonomy file is empty.");
        return new Taxonomy(
            file.Version,
            [.. file.Skills.Select(s => new Skill(s.Id, s.Name, s.Category, s.Aliases ?? [], s.Broader ?? [], s.Related ?? []))],
            [.. (file.Ambiguous ?? []).Select(a => new AmbiguousTerm(a.Term, a.Skill, a.Cues ?? []))]);
    }

    private sealed record TaxonomyFile(int Version, List<SkillEntry> Skills, List<AmbiguousEntry>? Ambiguous);

    private sealed record SkillEntry(
        string Id, string Name, string Category, List<string>? Aliases, List<string>? Broader, List<string>? Related);

    private sealed record AmbiguousEntry(string Term, string Skill, List<string>? Cues);
}
