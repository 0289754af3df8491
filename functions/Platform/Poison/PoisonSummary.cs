using System.Text.Json;

namespace Matchmaker.Platform.Poison;

/// <summary>What a queued message is about, in ids only: the fields named as an id, a key, a version or a stored batch.</summary>
public static class PoisonSummary
{
    private const int MaxValueLength = 80;

    /// <param name="text">The message as stored: JSON, or JSON in base64 as the app's queues hold it.</param>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = JsonDocument.Parse(Decode(text));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            var parts = document.RootElement.EnumerateObject()
                .Where(p => IsIdentifying(p.Name) && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                .Select(p => $"{p.Name}={Clip(p.Value.ToString())}");
            return string.Join(", ", parts) is { Length: > 0 } summary ? summary : "no ids";
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    private static byte[] Decode(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static bool IsIdentifying(string name) =>
        name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("key", StringComparison.OrdinalIgnoreCase)
        || name.Equals("version", StringComparison.OrdinalIgnoreCase)
        || name.Equals("batch", StringComparison.OrdinalIgnoreCase);

    private static string Clip(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength];
}
