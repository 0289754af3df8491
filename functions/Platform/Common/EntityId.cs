using System.Text.RegularExpressions;

namespace Matchmaker.Platform.Common;

/// <summary>Ids of stored records: new ones are 32 hex digits, demo ones readable words; anything else in a URL is an unknown id.</summary>
public static partial class EntityId
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string? id) => id is not null && Format().IsMatch(id);

    [GeneratedRegex("^[0-9a-z-]{1,64}$")]
    private static partial Regex Format();
}
