using Matchmaker.Platform.Auth;

namespace Matchmaker.Platform.Audit;

/// <summary>Who an audit entry says acted, without naming anyone: an Entra ID object id or the kind of credential.</summary>
public static class AuditActor
{
    /// <summary>A coordinator holding the shared coordinator key.</summary>
    public const string CoordinatorKey = "coordinator-key";

    /// <summary>A co-op acting with its own key (the entry's co-op).</summary>
    public const string CoopKey = "coop-key";

    /// <summary>The app itself, on a schedule.</summary>
    public const string App = "matchmaker";

    public static string Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            CallerRole.Coordinator => caller.SubjectId ?? CoordinatorKey,
            CallerRole.Coop => CoopKey,
            _ => throw new ArgumentException("Only coordinators and co-ops act in audited ways.", nameof(caller)),
        };
    }
}
