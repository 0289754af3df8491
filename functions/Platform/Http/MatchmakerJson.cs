using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaker.Platform.Http;

/// <summary>The API's JSON conventions: camelCase, and request bodies that name an unknown field are refused.</summary>
public static class MatchmakerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static JsonSerializerOptions RequestOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
    };
}
