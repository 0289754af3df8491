namespace Matchmaker.Platform.Audit;

/// <summary>The audited actions besides a coordinator's decision on a suggestion (<c>approved</c>, <c>rejected</c>).</summary>
public static class AuditActions
{
    /// <summary>A co-op's key was replaced; the old one stopped working (partition: the co-op id).</summary>
    public const string CoopKeyRotated = "coop-key-rotated";

    /// <summary>A need left unrenewed after its reminder closed itself (partition: the need id).</summary>
    public const string NeedExpired = "need-expired";

    /// <summary>A coordinator had an unknown or failed introduction email sent once more (partition: the suggestion id).</summary>
    public const string EmailSentAgain = "send-again";

    /// <summary>A coordinator put a poison message back on its queue (partition <c>poison-&lt;queue&gt;</c>, the message id as the reason).</summary>
    public const string PoisonReplayed = "poison-replayed";
}
