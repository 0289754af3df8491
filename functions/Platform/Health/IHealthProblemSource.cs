namespace Matchmaker.Platform.Health;

/// <summary>
/// Something a feature reports to <c>GET /api/health</c>: every reason it gives makes the app "degraded"
/// (still 200). The wing that knows registers one (the email wing reports its keys), so Platform names no
/// feature.
/// </summary>
public interface IHealthProblemSource
{
    /// <returns>
    /// Reasons, one sentence each naming the setting to look at and what to do (never a secret); none when
    /// all is well. A storage failure is thrown, and health then reports storage down.
    /// </returns>
    Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken);
}
