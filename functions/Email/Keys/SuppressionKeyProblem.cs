namespace Matchmaker.Email.Keys;

/// <summary>Why the suppression key may not be used; while it may not, no email is sent and no address is hashed.</summary>
public enum SuppressionKeyProblem
{
    None,

    /// <summary>No key is configured, outside local development (where the app would generate one).</summary>
    NotSet,

    /// <summary>The setting holds a Key Vault reference App Service could not resolve.</summary>
    Unresolved,

    /// <summary>The configured key is too short, or <c>base64:</c> with text that is not base64 of enough bytes.</summary>
    Invalid,

    /// <summary>The key is not the one whose fingerprint was recorded: the stored hashes were made with another.</summary>
    Changed,
}
