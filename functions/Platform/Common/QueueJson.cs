using System.Text.Json;
using Matchmaker.Platform.Http;

namespace Matchmaker.Platform.Common;

/// <summary>
/// Reads a queue message body in the function rather than in the binding: a body no retry can fix (not
/// JSON, wrong shape) then completes once with a log line instead of failing five times into the poison queue.
/// </summary>
public static class QueueJson
{
    public static T? TryRead<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, MatchmakerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
