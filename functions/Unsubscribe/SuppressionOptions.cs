namespace Matchmaker.Unsubscribe;

/// <summary>The suppression list's setting, under <c>Matchmaker:Email</c> (environment form <c>Matchmaker__Email__SuppressionKey</c>).</summary>
public sealed class SuppressionOptions
{
    public const string SectionName = "Matchmaker:Email";

    /// <summary>Shortest accepted key, in characters: 32 random characters carry well over 128 bits.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>
    /// The secret that keys the address hashes of the suppression list (HMAC-SHA256 over its UTF-8 bytes).
    /// When empty, a random key is generated once and kept in the storage account (container <c>keys</c>).
    /// It must never change once addresses are suppressed: with a new key, earlier suppressions are no
    /// longer found.
    /// </summary>
    public string? SuppressionKey { get; set; }
}
