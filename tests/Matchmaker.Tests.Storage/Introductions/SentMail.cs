using System.Text.Json;
using System.Text.RegularExpressions;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>One request the SendGrid stand-in received, read as the email it carries.</summary>
public sealed partial record SentMail(string To, string Subject, string Text, string Html, IReadOnlyList<string> Cc, string? IntroductionId, string? EmailKey, DateTime At, IReadOnlyDictionary<string, string> Headers)
{
    public string Body => $"{Subject}\n{Text}\n{Html}";

    public static SentMail Parse(string json, DateTime at)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var personalization = root.GetProperty("personalizations")[0];
        var content = root.GetProperty("content").EnumerateArray().ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString()!);
        var args = root.TryGetProperty("custom_args", out var a) ? a : default;
        return new SentMail(
            personalization.GetProperty("to")[0].GetProperty("email").GetString()!,
            root.GetProperty("subject").GetString()!,
            content.GetValueOrDefault("text/plain", ""),
            content.GetValueOrDefault("text/html", ""),
            personalization.TryGetProperty("cc", out var cc) ? [.. cc.EnumerateArray().Select(c => c.GetProperty("email").GetString()!)] : [],
            args.ValueKind == JsonValueKind.Object && args.TryGetProperty("introductionId", out var id) ? id.GetString() : null,
            args.ValueKind == JsonValueKind.Object && args.TryGetProperty("emailKey", out var key) ? key.GetString() : null,
            at,
            root.TryGetProperty("headers", out var headers) ? headers.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString()!) : new Dictionary<string, string>());
    }

    /// <summary>The response token in the email's accept link.</summary>
    public string Token => TokenPattern().Match(Text).Groups[1].Value;

    [GeneratedRegex(@"token=([A-Za-z0-9_%-]+)&answer=accept")]
    private static partial Regex TokenPattern();
}
