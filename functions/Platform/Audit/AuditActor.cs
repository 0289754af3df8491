using Matchmaker.Platform.Auth;

namespace Matchmaker.Platform.Audit;

/// <summary>Who an audit row names for a coordinator: the Entra ID object id, or <see cref="CoordinatorKey"/> for the shared key.</summary>
public static class AuditActor
{
    public const string CoordinatorKey = "coordinator-key";

    public static string Of(Caller? caller) => caller?.SubjectId ?? CoordinatorKey;
}
