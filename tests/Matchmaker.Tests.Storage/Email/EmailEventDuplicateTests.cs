using System.Net;
using System.Text.RegularExpressions;
using Matchmaker.Email.Events;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>SendGrid repeats events (46 copies over a day in sendgrid/docs#2933); each takes effect once.</summary>
public sealed partial class EmailEventDuplicateTests(EmailEventsWorld world) : IClassFixture<EmailEventsWorld>
{
    [Fact]
    public async Task One_batch_posted_46_times_10_at_once_stores_each_event_once_and_has_one_effect_per_event()
    {
        var introduction = Guid.NewGuid().ToString("N");
        await world.InsertOutboxRowAsync(introduction, "newcomer", "unknown");
        var bounced = $"{Guid.NewGuid():N}@example.org";
        string[] ids = [TestEvents.NewId(), TestEvents.NewId(), TestEvents.NewId()];
        var body = TestEvents.Batch(
            TestEvents.Of(ids[0], "bounce", bounced),
            TestEvents.Of(ids[1], "processed", "newcomer@example.org", introduction, "newcomer"),
            TestEvents.Of(ids[2], "delivered", "newcomer@example.org"));

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => world.PostSignedAsync(body)));
        var sequential = new List<HttpResponseMessage>();
        for (var i = 0; i < 36; i++)
        {
            sequential.Add(await world.PostSignedAsync(body));
        }

        Assert.All(concurrent.Concat(sequential), response => Assert.Equal(HttpStatusCode.NoContent, response.StatusCode));
        await world.DrainedAsync();
        var rows = await world.EventsAsync(ids);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.True(row.GetBoolean(nameof(EmailEventEntity.Applied))));
        Assert.Equal("sent", await world.OutboxStatusAsync(introduction, "newcomer"));

        var hash = await world.App.Services.GetRequiredService<AddressHasher>().HashAsync(bounced, CancellationToken.None);
        Assert.Single(await world.RowsAsync(StorageNames.SuppressionsTable), row => row.PartitionKey == hash);

        // Each effect happened once: one suppression, one outbox change, and of 46 batches' 138 items, 3 were new.
        var logs = world.Logs.Messages;
        Assert.Single(logs, m => m.Contains("Suppressed an address (bounced)", StringComparison.Ordinal));
        Assert.Single(logs, m => m.Contains($"Outbox email {introduction}/newcomer is sent", StringComparison.Ordinal));
        var summaries = logs.Select(m => Summary().Match(m)).Where(m => m.Success).ToList();
        Assert.Equal(46, summaries.Count);
        Assert.Equal(3, summaries.Sum(m => int.Parse(m.Groups["new"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(135, summaries.Sum(m => int.Parse(m.Groups["old"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(world.App.Errors.All);
    }

    [GeneratedRegex(@"Processed email events batch \S+: (?<new>\d+) new, (?<old>\d+) already processed, 0 skipped")]
    private static partial Regex Summary();
}
