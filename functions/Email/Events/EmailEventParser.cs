using System.Text;
using System.Text.Json;

namespace Matchmaker.Email.Events;

/// <summary>
/// Reads one item of a batch. Only <c>sg_event_id</c> and <c>event</c> are required (as strings); any other
/// field of the wrong type counts as absent. Custom args come as top-level fields of the event (how
/// SendGrid sends them) or, failing that, inside a <c>custom_args</c> object.
/// </summary>
public static class EmailEventParser
{
    /// <summary>SendGrid's ids are at most 100 characters.</summary>
    public const int MaxEventId = 100;

    /// <summary>Stored free text (categories, custom args) is cut to this many characters.</summary>
    public const int MaxText = 200;

    /// <returns>The event, or null with the reason in words (without the item's content) when it is malformed.</returns>
    public static (EmailEvent? Event, string? Problem) Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "the item is not an object");
        }

        if (String(item, "sg_event_id") is not { Length: > 0 and <= MaxEventId } id)
        {
            return (null, "no sg_event_id string of at most 100 characters");
        }

        if (String(item, "event") is not { Length: > 0 and <= 50 } type)
        {
            return (null, "no event type");
        }

        // A bounce of type "blocked" is the receiving server refusing for now, not a dead address: kept apart, so
        // it never suppresses anyone.
        if (type == "bounce" && String(item, "type") == "blocked")
        {
            type = "blocked";
        }

        var customArgs = item.TryGetProperty("custom_args", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : default;
        return (new EmailEvent(
            id,
            type,
            Timestamp(item),
            String(item, "email"),
            Bounded(Category(item)),
            Bounded(String(item, "introductionId") ?? String(customArgs, "introductionId")),
            Bounded(String(item, "emailKey") ?? String(customArgs, "emailKey")),
            Bounded(String(item, "sg_message_id"))), null);
    }

    private static string? String(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return StringOf(value);
    }

    private static string? Category(JsonElement item) =>
        item.TryGetProperty("category", out var category) && category.ValueKind == JsonValueKind.Array
            ? string.Join(", ", category.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => StringOf(c)).OfType<string>())
            : String(item, "category");

    private static string? StringOf(JsonElement value)
    {
        // Escaped lone surrogates ("\ud800") are valid JSON text but no valid string: treat as absent.
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Timestamp(JsonElement item) =>
        item.TryGetProperty("timestamp", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var seconds) && seconds is >= 0 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>At most <see cref="MaxText"/> characters, without control characters, never splitting a surrogate pair.</summary>
    private static string? Bounded(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxText));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length + rune.Utf16SequenceLength > MaxText)
            {
                break;
            }

            builder.Append(Rune.IsControl(rune) ? "\uFFFD" : rune.ToString());
        }

        return builder.ToString();
    }
}
