namespace Matchmaker.Email.Keys;

/// <summary>Where a suppression key came from, as its fingerprint row records it.</summary>
public static class SuppressionKeySources
{
    /// <summary>The <c>Matchmaker:Email:SuppressionKey</c> setting (in Azure, the Key Vault secret <c>suppression-key</c>).</summary>
    public const string Configured = "configured";

    /// <summary>Random bytes the app generated into the blob <c>keys/suppression-key</c> (local development, or an app from before keys were required).</summary>
    public const string Generated = "generated";
}
