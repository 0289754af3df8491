using Matchmaker.Email.Outbox;

namespace Matchmaker.Tests.Unit.Email;

public sealed class SendRateLimitTests
{
    [Fact]
    public async Task A_permit_is_handed_back_one_window_after_it_is_disposed_and_not_before()
    {
        using var limit = new SendRateLimit(1, TimeSpan.FromSeconds(2), TimeProvider.System);
        var first = await limit.AcquireAsync(default);

        var second = limit.AcquireAsync(default);
        first.Dispose();
        first.Dispose();

        Assert.False(second.IsCompleted);
        (await second.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Fact]
    public async Task Disposing_the_limit_while_permits_wait_to_be_handed_back_leaves_no_failed_task_behind()
    {
        var failures = new List<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> record = (_, e) =>
        {
            lock (failures)
            {
                failures.AddRange(e.Exception.InnerExceptions.Where(x => x.StackTrace?.Contains(nameof(SendRateLimit), StringComparison.Ordinal) == true));
            }
        };
        TaskScheduler.UnobservedTaskException += record;
        try
        {
            await DisposeWithPermitsOutstandingAsync();
            await Task.Delay(300);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            lock (failures)
            {
                Assert.Empty(failures);
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= record;
        }
    }

    [Fact]
    public async Task A_disposed_limit_gives_no_more_permits()
    {
        var limit = new SendRateLimit(2, TimeSpan.FromSeconds(1), TimeProvider.System);
        limit.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => limit.AcquireAsync(default));
    }

    private static async Task DisposeWithPermitsOutstandingAsync()
    {
        using var limit = new SendRateLimit(3, TimeSpan.FromMilliseconds(50), TimeProvider.System);
        for (var i = 0; i < 3; i++)
        {
            (await limit.AcquireAsync(default)).Dispose();
        }
    }
}
