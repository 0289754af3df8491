using System.Net;
using Matchmaker.Email.Outbox;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// The send rules (retries, the circuit breaker and the rate limit) against stand-ins for SendGrid that fail
/// in each way: refused connections, outages, and bursts faster than the allowed sending rate.
/// </summary>
public sealed class EmailDeliveryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_response_that_breaks_after_the_email_was_received_is_unknown_after_one_request(bool answerGarbage)
    {
        using var server = new BrokenMailServer(answerGarbage);
        using var services = Services(server.Url);

        var result = await services.GetRequiredService<EmailDelivery>().DeliverAsync(TestEmails.Introduction(), default);

        Assert.Equal((DeliveryOutcome.Unknown, 1, 1), (result.Outcome, result.Requests, server.Requests));
    }

    [Fact]
    public async Task A_refused_connection_sent_nothing_so_it_is_tried_three_times_then_left_for_later()
    {
        using var services = Services($"http://127.0.0.1:{FreePort.Next()}");

        var result = await services.GetRequiredService<EmailDelivery>().DeliverAsync(TestEmails.Introduction(), default);

        Assert.Equal((DeliveryOutcome.RetryLater, 3, "connection-refused"), (result.Outcome, result.Requests, result.Error));
    }

    [Fact]
    public async Task While_sendgrid_fails_the_breaker_stops_requests_and_after_the_break_every_email_goes_once()
    {
        using var sendGrid = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send")).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.ServiceUnavailable));
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var services = Services(sendGrid.Url!, clock, ("BreakAfterFailures", "4"), ("BreakDuration", "00:00:01"), ("RetryDelay", "00:00:00.050"));
        var delivery = services.GetRequiredService<EmailDelivery>();

        var during = new List<DeliveryResult>();
        for (var i = 0; i < 20; i++)
        {
            during.Add(await delivery.DeliverAsync(TestEmails.Introduction(), default));
        }

        Assert.All(during, r => Assert.Equal(DeliveryOutcome.RetryLater, r.Outcome));
        Assert.Equal(4, sendGrid.LogEntries.Count);

        sendGrid.Reset();
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send")).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted));
        clock.Advance(TimeSpan.FromSeconds(1.2));
        var after = new List<DeliveryResult>();
        for (var i = 0; i < 20; i++)
        {
            after.Add(await delivery.DeliverAsync(TestEmails.Introduction(), default));
        }

        Assert.All(after, r => Assert.Equal((DeliveryOutcome.Sent, 1), (r.Outcome, r.Requests)));
        Assert.Equal(20, sendGrid.LogEntries.Count);
    }

    [Fact]
    public async Task A_burst_leaves_at_no_more_than_the_configured_rate_in_any_second()
    {
        using var sendGrid = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send")).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted).WithDelay(20));
        using var services = Services(sendGrid.Url!, ("MaxSendsPerSecond", "10"));
        var delivery = services.GetRequiredService<EmailDelivery>();

        var results = await Task.WhenAll(Enumerable.Range(0, 35).Select(_ => delivery.DeliverAsync(TestEmails.Introduction(), default)));

        Assert.All(results, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        var times = sendGrid.LogEntries.Select(e => e.RequestMessage.DateTime).Order().ToList();
        Assert.Equal(35, times.Count);
        var busiest = times.Max(start => times.Count(t => t >= start && t < start.AddSeconds(1)));
        Assert.True(busiest <= 10, $"{busiest} requests within one second: {string.Join(" ", times.Select(t => (t - times[0]).TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public async Task Stopping_while_waiting_to_try_again_after_an_outage_leaves_the_email_for_later_as_nothing_was_accepted()
    {
        using var sendGrid = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send")).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.ServiceUnavailable));
        using var services = Services(sendGrid.Url!, ("RetryDelay", "00:00:30"));
        using var stopping = new CancellationTokenSource();

        var delivering = services.GetRequiredService<EmailDelivery>().DeliverAsync(TestEmails.Introduction(), stopping.Token);
        await Eventually.TrueAsync(() => Task.FromResult(sendGrid.LogEntries.Any()), "the first request reached the stand-in");
        await stopping.CancelAsync();
        var result = await delivering;

        Assert.Equal((DeliveryOutcome.RetryLater, 1, "cancelled"), (result.Outcome, result.Requests, result.Error));
    }

    [Fact]
    public async Task Stopping_while_sendgrid_holds_the_request_is_unknown_as_it_may_have_been_accepted()
    {
        using var sendGrid = new SilentMailServer();
        using var services = Services(sendGrid.Url, ("AttemptTimeout", "00:01:00"));
        using var stopping = new CancellationTokenSource();

        var delivering = services.GetRequiredService<EmailDelivery>().DeliverAsync(TestEmails.Introduction(), stopping.Token);
        await sendGrid.Received.WaitAsync(TimeSpan.FromSeconds(60));
        await stopping.CancelAsync();
        var result = await delivering;

        Assert.Equal((DeliveryOutcome.Unknown, 1, "cancelled"), (result.Outcome, result.Requests, result.Error));
    }

    private static ServiceProvider Services(string host, params (string Name, string Value)[] settings) => Services(host, null, settings);

    private static ServiceProvider Services(string host, TimeProvider? time, params (string Name, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Matchmaker:Email:SendGridApiKey"] = "SG.test-key",
            ["Matchmaker:Email:SendGridHost"] = host,
            ["Matchmaker:Email:AttemptTimeout"] = "00:00:05",
            ["Matchmaker:Email:RetryDelay"] = "00:00:00.100",
            ["Matchmaker:Email:MaxSendsPerSecond"] = "100",
        };
        foreach (var (name, value) in settings)
        {
            all[$"Matchmaker:Email:{name}"] = value;
        }

        return EmailServices.Build(all, time: time);
    }
}
