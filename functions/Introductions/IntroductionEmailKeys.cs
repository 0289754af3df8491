namespace Matchmaker.Introductions;

/// <summary>
/// An introduction's emails are keyed <c>{what}-{side}</c>: what is ask, reminder, connected or closed, and
/// side person or coop. The key is the outbox row and the <c>{kind}</c> of the send-again route.
/// </summary>
public static class IntroductionEmailKeys
{
    public const string Ask = "ask";
    public const string Reminder = "reminder";
    public const string Connected = "connected";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } =
        [.. new[] { Ask, Reminder, Connected, Closed }.SelectMany(what => new[] { $"{what}-{IntroductionSide.Person}", $"{what}-{IntroductionSide.Coop}" })];

    /// <summary>The two halves of a known key; false for anything else.</summary>
    public static bool TryParse(string? key, out string what, out string side)
    {
        (what, side) = ("", "");
        if (key is null || !All.Contains(key, StringComparer.Ordinal))
        {
            return false;
        }

        var dash = key.IndexOf('-', StringComparison.Ordinal);
        (what, side) = (key[..dash], key[(dash + 1)..]);
        return true;
    }
}
