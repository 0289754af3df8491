namespace Matchmaker.Platform.Auth;

/// <param name="SubjectId">The profile id of an owner, the co-op id of a co-op; null otherwise.</param>
public sealed record Caller(CallerRole Role, string? SubjectId)
{
    public static Caller Anonymous { get; } = new(CallerRole.Anonymous, null);

    public static Caller Coordinator { get; } = new(CallerRole.Coordinator, null);

    public bool Owns(string profileId) => Role == CallerRole.Owner && SubjectId == profileId;
}
