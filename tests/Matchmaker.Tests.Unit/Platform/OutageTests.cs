using Azure;
using Matchmaker.Platform.Hosting;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class OutageTests
{
    public static TheoryData<Exception, bool> Cases() => new()
    {
        { new RequestFailedException(503, "Server busy"), true },
        { new RequestFailedException(429, "Too many requests"), true },
        { new RequestFailedException(0, "Connection refused"), true },
        { new RequestFailedException(404, "Not found"), false },
        { new RequestFailedException(409, "Conflict"), false },
        { new HttpRequestException("Connection reset"), true },
        { new AggregateException(new InvalidOperationException(), new TimeoutException()), true },
        { new InvalidOperationException("A bug", new RequestFailedException(500, "Internal")), true },
        { new InvalidOperationException("A bug"), false },
        { new TaskCanceledException("The operation exceeded the network timeout"), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Storage_and_email_failures_are_outages_and_bugs_are_not(Exception exception, bool outage) =>
        Assert.Equal(outage, Outage.IsOutage(exception));

    [Fact]
    public void A_cancellation_the_caller_did_not_ask_for_is_a_timeout_and_answers_503()
    {
        var timedOut = new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout");

        Assert.True(Outage.IsOutageOrTimeout(timedOut, CancellationToken.None));
        Assert.False(Outage.IsOutageOrTimeout(timedOut, new CancellationToken(canceled: true)));
        Assert.False(Outage.IsOutageOrTimeout(new InvalidOperationException(), CancellationToken.None));
    }
}
