using System.Net;
using Matchmaker.Email.Outbox;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// Each introduction email is sent exactly once through the outbox, however the queue delivers its step
/// (repeated, in parallel, or cut off between sending and recording) and however SendGrid fails (429, 5xx,
/// other refusals, time-outs, broken answers).
/// </summary>
public sealed class ExactlyOnceEmailTests(OutboxWorld world) : IClassFixture<OutboxWorld>
{
    [Fact]
    public async Task The_same_step_delivered_three_times_sends_each_email_once()
    {
        var introduced = await world.ApprovedAsync();

        for (var i = 0; i < 3; i++)
        {
            await world.AdvanceAsync(introduced.IntroductionId);
        }

        Assert.Equal(["ask-coop", "ask-person"], world.MailsOf(introduced.IntroductionId).Select(m => m.EmailKey).Order());
        Assert.Equal([OutboxStatus.Sent, OutboxStatus.Sent], (await world.Outbox.OfIntroductionAsync(introduced.IntroductionId, default)).Select(r => r.Status));
    }

    [Fact]
    public async Task Two_copies_of_a_step_at_once_send_each_email_once_and_neither_fails()
    {
        for (var run = 0; run < 10; run++)
        {
            var introduced = await world.ApprovedAsync();

            await Task.WhenAll(world.AdvanceAsync(introduced.IntroductionId), world.AdvanceAsync(introduced.IntroductionId));

            // Both steps have returned, so nothing more is sent; wait only until the stand-in has logged what it got.
            await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "the stand-in has logged both emails");
            Assert.Equal(["ask-coop", "ask-person"], world.MailsOf(introduced.IntroductionId).Select(m => m.EmailKey).Order());
        }
    }

    [Fact]
    public async Task A_step_stopped_while_sendgrid_holds_the_email_records_it_unknown_and_never_sends_again()
    {
        var introduced = await world.ApprovedAsync();
        using var stop = new CancellationTokenSource();
        // SendGrid takes the email, and the process stops before the answer arrives (the host shutting down).
        Answer(introduced.IntroductionId, "ask-person", Response.Create()
            .WithCallback(_ =>
            {
                stop.Cancel();
                return new WireMock.ResponseMessage { StatusCode = 202 };
            })
            .WithDelay(TimeSpan.FromMilliseconds(500)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.AdvanceAsync(introduced.IntroductionId, stop.Token));

        await world.AdvanceAsync(introduced.IntroductionId);
        await world.AdvanceAsync(introduced.IntroductionId);

        Assert.Single(world.MailsOf(introduced.IntroductionId), m => m.EmailKey == "ask-person");
        Assert.Equal(OutboxStatus.Unknown, await world.StatusOfAsync(introduced.IntroductionId, "ask-person"));
    }

    [Fact]
    public async Task A_429_waits_for_the_reset_sendgrid_gives_then_sends_once()
    {
        var introduced = await world.ApprovedAsync();
        var reset = DateTimeOffset.UtcNow.AddSeconds(2).ToUnixTimeSeconds();
        Answer(introduced.IntroductionId, "ask-person", Response.Create().WithStatusCode(HttpStatusCode.TooManyRequests).WithHeader("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture)), times: 1);

        await world.AdvanceAsync(introduced.IntroductionId);

        var tries = world.MailsOf(introduced.IntroductionId).Where(m => m.EmailKey == "ask-person").ToList();
        Assert.Equal(2, tries.Count);
        Assert.True(new DateTimeOffset(tries[1].At, TimeSpan.Zero) >= DateTimeOffset.FromUnixTimeSeconds(reset), $"the second try ({tries[1].At:O}) came at or after the reset");
        Assert.Equal(OutboxStatus.Sent, await world.StatusOfAsync(introduced.IntroductionId, "ask-person"));
    }

    [Fact]
    public async Task A_503_is_tried_again_after_a_second_with_the_same_introduction_id()
    {
        var introduced = await world.ApprovedAsync();
        Answer(introduced.IntroductionId, "ask-person", Response.Create().WithStatusCode(HttpStatusCode.ServiceUnavailable), times: 1);

        await world.AdvanceAsync(introduced.IntroductionId);

        var tries = world.MailsOf(introduced.IntroductionId).Where(m => m.EmailKey == "ask-person").ToList();
        Assert.Equal(2, tries.Count);
        Assert.All(tries, t => Assert.Equal(introduced.IntroductionId, t.IntroductionId));
        Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(0.95), $"waited {(tries[1].At - tries[0].At).TotalSeconds} s");
        Assert.Equal(OutboxStatus.Sent, await world.StatusOfAsync(introduced.IntroductionId, "ask-person"));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task A_refusal_other_than_429_or_5xx_is_one_request_and_a_failed_email_and_the_step_completes(HttpStatusCode status)
    {
        var introduced = await world.ApprovedAsync();
        Answer(introduced.IntroductionId, "ask-person", Response.Create().WithStatusCode(status));

        await world.AdvanceAsync(introduced.IntroductionId);
        await world.AdvanceAsync(introduced.IntroductionId);

        Assert.Single(world.MailsOf(introduced.IntroductionId), m => m.EmailKey == "ask-person");
        var row = (await world.Outbox.OfIntroductionAsync(introduced.IntroductionId, default)).Single(r => r.RowKey == "ask-person");
        Assert.Equal((OutboxStatus.Failed, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)), (row.Status, row.LastError));
        Assert.Equal(OutboxStatus.Sent, await world.StatusOfAsync(introduced.IntroductionId, "ask-coop"));
    }

    [Fact]
    public async Task A_request_that_times_out_is_unknown_and_is_not_sent_again()
    {
        var introduced = await world.ApprovedAsync();
        Answer(introduced.IntroductionId, "ask-person", Response.Create().WithStatusCode(HttpStatusCode.Accepted).WithDelay(TimeSpan.FromSeconds(5)));

        await world.AdvanceAsync(introduced.IntroductionId);
        await world.AdvanceAsync(introduced.IntroductionId);

        // The stand-in logs a request once it has answered it, after its 5 s delay.
        await world.MailsAsync(introduced.IntroductionId, m => m.Any(x => x.EmailKey == "ask-person"), "the stand-in has logged the timed-out request");
        Assert.Single(world.MailsOf(introduced.IntroductionId), m => m.EmailKey == "ask-person");
        Assert.Equal(OutboxStatus.Unknown, await world.StatusOfAsync(introduced.IntroductionId, "ask-person"));
    }

    private void Answer(string introductionId, string emailKey, IResponseBuilder response, int? times = null)
    {
        var request = Request.Create().WithPath("/v3/mail/send").UsingPost()
            .WithBody(new WildcardMatcher($"*\"introductionId\":\"{introductionId}\"*\"emailKey\":\"{emailKey}\"*"));
        var mapping = world.SendGrid.Given(request).AtPriority(1);
        if (times is { } count)
        {
            // The first `count` requests get the answer; later ones fall through to the stand-in's 202.
            var scenario = $"{introductionId}-{emailKey}";
            mapping.InScenario(scenario).WillSetStateTo("answered", count).RespondWith(response);
        }
        else
        {
            mapping.RespondWith(response);
        }
    }
}
