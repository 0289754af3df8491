namespace Matchmaker.Ranking;

/// <summary>
/// The live ranking model, loaded on first use (start-up stays fast) and shared by every caller. It asks
/// the registry at most every <see cref="CheckEvery"/> whether another version went live, and loads that
/// one without a restart.
/// </summary>
public sealed class ActiveRankingModel(ModelRegistry registry, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private LiveModel? current;
    private DateTimeOffset checkedAt = DateTimeOffset.MinValue;

    public async Task<LiveModel?> GetAsync(CancellationToken cancellationToken)
    {
        if (IsFresh())
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh())
            {
                return current;
            }

            var active = await registry.ActiveAsync(cancellationToken);
            if (active is null)
            {
                current = null;
            }
            else if (current?.Version.RowKey != active.RowKey)
            {
                current = new LiveModel(active, await registry.LoadAsync(active, cancellationToken));
            }

            checkedAt = time.GetUtcNow();
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    // "No model yet" is never cached: when the first model goes live every open need is queued again at
    // once, and a cached null would make the matcher drop all of them for up to CheckEvery (the demo data
    // then never got suggestions). Until then each check is one small registry read.
    private bool IsFresh() => current is not null && time.GetUtcNow() - checkedAt < CheckEvery;
}
