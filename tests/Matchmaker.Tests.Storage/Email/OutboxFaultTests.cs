using System.Diagnostics.Metrics;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Email;
using Matchmaker.Email.Keys;
using Matchmaker.Email.Outbox;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// The outbox with a storage failure injected at each of its storage requests in turn, then run again as the
/// queue would: the email goes out exactly once whichever request failed.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class OutboxFaultTests : IAsyncLifetime, IDisposable
{
    private readonly AzuriteFixture azurite;
    private readonly Outbox sent;
    private readonly ServiceProvider email;
    private readonly ServiceProvider meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public OutboxFaultTests(AzuriteFixture azurite)
    {
        this.azurite = azurite;
        var folder = Path.Combine(Path.GetTempPath(), "matchmaker-tests", $"outbox-faults-{Guid.NewGuid():N}");
        sent = new Outbox(folder);
        email = EmailServices.Build(new Dictionary<string, string?> { ["Matchmaker:Email:EmlFolder"] = folder });
    }

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { StorageNames.OutboxTable, StorageNames.SuppressionsTable })
        {
            await azurite.Tables.GetTableClient(name).CreateIfNotExistsAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        email.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task A_storage_failure_at_any_request_of_a_send_leaves_the_email_sent_exactly_once_when_the_queue_tries_again()
    {
        var afterFailure = new List<(bool Failed, string Status)>();
        FailNthRequest fault;
        do
        {
            fault = new FailNthRequest(afterFailure.Count + 1);
            var introductionId = Guid.NewGuid().ToString("N");
            var to = $"{introductionId}@example.org";

            var first = await Record.ExceptionAsync(() => OutboxWith(fault).SendOnceAsync(introductionId, "ask-person", _ => Task.FromResult(Message(to)), default));
            var again = await OutboxWith(null).SendOnceAsync(introductionId, "ask-person", _ => Task.FromResult(Message(to)), default);

            Assert.Single(sent.To(to));
            afterFailure.Add((first is RequestFailedException, again));
        }
        while (fault.Fired);

        // Four requests, each failed once (the fifth run's fault never fired): the add of the row, the
        // suppression check, the claim (read back: it had not landed), and the result. A failure before the email
        // went fails the run, and the queue's next try sends it; the result, written after the email went, is
        // written again once storage answers, so the row is not left claimed.
        (bool, string)[] expected =
        [
            (true, OutboxStatus.Sent), (true, OutboxStatus.Sent), (true, OutboxStatus.Sent),
            (false, OutboxStatus.Sent), (false, OutboxStatus.Sent),
        ];
        Assert.Equal(expected, afterFailure);
    }

    [Fact]
    public async Task A_claim_that_went_through_but_whose_answer_was_lost_is_known_for_its_own_on_the_sdks_retry_and_the_email_goes_once()
    {
        var introductionId = Guid.NewGuid().ToString("N");
        var to = $"{introductionId}@example.org";
        var lostClaim = new LoseFirstAnswer(Azure.Core.RequestMethod.Put);
        var options = new TableClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(10) } };
        options.AddPolicy(lostClaim, Azure.Core.HttpPipelinePosition.PerRetry);

        var status = await OutboxOver(new TableServiceClient(azurite.ConnectionString, options)).SendOnceAsync(introductionId, "ask-person", _ => Task.FromResult(Message(to)), default);

        Assert.True(lostClaim.Fired);
        Assert.Equal(OutboxStatus.Sent, status);
        Assert.Single(sent.To(to));
    }

    [Fact]
    public async Task A_claim_that_went_through_just_before_storage_was_cut_off_is_known_for_its_own_once_storage_is_back_and_the_email_goes_once()
    {
        var introductionId = Guid.NewGuid().ToString("N");
        var to = $"{introductionId}@example.org";
        // Longer than the SDK's retries of the claim take, shorter than the outbox waits for storage to come back.
        var cutOff = new LoseAnswerThenRefuse(Azure.Core.RequestMethod.Put, TimeSpan.FromSeconds(3));
        var options = new TableClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(10) } };
        options.AddPolicy(cutOff, Azure.Core.HttpPipelinePosition.PerRetry);
        var outbox = OutboxOver(new TableServiceClient(azurite.ConnectionString, options));

        var status = await outbox.SendOnceAsync(introductionId, "ask-person", _ => Task.FromResult(Message(to)), default);
        var again = await OutboxWith(null).SendOnceAsync(introductionId, "ask-person", _ => Task.FromResult(Message(to)), default);

        Assert.True(cutOff.Fired);
        Assert.Equal(OutboxStatus.Sent, status);
        Assert.Equal(OutboxStatus.Sent, again);
        Assert.Single(sent.To(to));
    }

    private EmailOutbox OutboxWith(FailNthRequest? fault)
    {
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        if (fault is not null)
        {
            options.AddPolicy(fault, Azure.Core.HttpPipelinePosition.PerCall);
        }

        return OutboxOver(new TableServiceClient(azurite.ConnectionString, options));
    }

    private EmailOutbox OutboxOver(TableServiceClient tables)
    {
        // The apps' key: a generated one in this shared account would be recorded as the one its apps' hashes were made with.
        var key = new SuppressionKey(Options.Create(new EmailOptions { SuppressionKey = StandaloneApp.SuppressionKey }), new BlobServiceClient(azurite.ConnectionString));
        var suppressions = new SuppressionList(tables, new AddressHasher(key), TimeProvider.System, NullLogger<SuppressionList>.Instance);
        return new EmailOutbox(
            tables,
            email.GetRequiredService<EmailDelivery>(),
            suppressions,
            new EmailKeyGuard(key, TimeProvider.System, NullLogger<EmailKeyGuard>.Instance),
            new DailyEmailBudget(new Matchmaker.Platform.Limits.LimitCounter(tables, TimeProvider.System), Options.Create(new Matchmaker.Platform.Limits.LimitOptions { EmailsPerDay = 0 }), TimeProvider.System),
            new MatchmakerMetrics(meters.GetRequiredService<IMeterFactory>()),
            TimeProvider.System,
            NullLogger<EmailOutbox>.Instance);
    }

    private static EmailMessage Message(string to) =>
        new(to, "Sam Example", "An introduction", "Hello.", "<p>Hello.</p>", "introduction-ask", new Dictionary<string, string>());
}
