namespace Matchmaker.Coops;

/// <summary>A co-op's public profile in brief, as every need view shows it: never its contact details.</summary>
public sealed record CoopSummary(string Id, string Name, string? City, string? About)
{
    /// <summary>For a need whose co-op is gone: the id, and nothing else.</summary>
    public static CoopSummary Unknown(string id) => new(id, "", null, null);
}
