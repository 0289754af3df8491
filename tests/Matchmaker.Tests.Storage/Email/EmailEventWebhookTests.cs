using System.Net;
using System.Text.Json;
using Matchmaker.Email.Events;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// SendGrid's signed event webhook through the standalone app against Azurite: only correctly signed batches
/// are stored, each event once, and delivery events settle outbox emails whose send outcome was unknown.
/// </summary>
public sealed class EmailEventWebhookTests(EmailEventsWorld world) : IClassFixture<EmailEventsWorld>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task A_signed_batch_of_three_is_accepted_stored_once_each_and_resolves_unknown_and_sending_outbox_rows_to_sent()
    {
        var introduction = Guid.NewGuid().ToString("N");
        await world.InsertOutboxRowAsync(introduction, "newcomer", "unknown");
        await world.InsertOutboxRowAsync(introduction, "coop", "sending");
        var bounced = $"{Guid.NewGuid():N}@example.org";
        string[] ids = [TestEvents.NewId(), TestEvents.NewId(), TestEvents.NewId()];
        var body = TestEvents.Batch(
            TestEvents.Of(ids[0], "processed", "newcomer@example.org", introduction, "newcomer"),
            TestEvents.Of(ids[1], "delivered", "coop@example.org", introduction, "coop"),
            TestEvents.Of(ids[2], "bounce", bounced));

        var response = await world.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await world.DrainedAsync();
        var rows = await world.EventsAsync(ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), rows.Select(r => r.GetString(nameof(EmailEventEntity.EventId))).Order(StringComparer.Ordinal));
        Assert.All(rows, row => Assert.True(row.GetBoolean(nameof(EmailEventEntity.Applied))));
        Assert.Equal("sent", await world.OutboxStatusAsync(introduction, "newcomer"));
        Assert.Equal("sent", await world.OutboxStatusAsync(introduction, "coop"));
        Assert.True(await world.App.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(bounced, CancellationToken.None));

        // The events keep ids and the address's keyed hash, never the address.
        var hash = await world.App.Services.GetRequiredService<AddressHasher>().HashAsync(bounced, CancellationToken.None);
        Assert.Equal(hash, rows.Single(r => r.GetString(nameof(EmailEventEntity.EventId)) == ids[2]).GetString(nameof(EmailEventEntity.AddressHash)));
        Assert.DoesNotContain(rows, row => ((IDictionary<string, object>)row).Values.Any(v => $"{v}".Contains('@', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_processed_event_leaves_pending_failed_and_sent_rows_alone_and_creates_no_row()
    {
        var introduction = Guid.NewGuid().ToString("N");
        await world.InsertOutboxRowAsync(introduction, "pending", "pending");
        await world.InsertOutboxRowAsync(introduction, "failed", "failed");
        string[] ids = [TestEvents.NewId(), TestEvents.NewId(), TestEvents.NewId()];
        var body = TestEvents.Batch(
            TestEvents.Of(ids[0], "processed", "a@example.org", introduction, "pending"),
            TestEvents.Of(ids[1], "processed", "b@example.org", introduction, "failed"),
            TestEvents.Of(ids[2], "delivered", "c@example.org", introduction, "missing"));

        Assert.Equal(HttpStatusCode.NoContent, (await world.PostSignedAsync(body)).StatusCode);
        await world.DrainedAsync();

        Assert.Equal(3, (await world.EventsAsync(ids)).Count);
        Assert.Equal("pending", await world.OutboxStatusAsync(introduction, "pending"));
        Assert.Equal("failed", await world.OutboxStatusAsync(introduction, "failed"));
        Assert.DoesNotContain(await world.RowsAsync(StorageNames.OutboxTable), row => row.RowKey == "missing");
    }

    public static TheoryData<string> Tamperings() =>
        ["flipped body byte", "no signature header", "no timestamp header", "timestamp 330 s old", "timestamp 330 s ahead", "body re-serialised", "signature not base64"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task A_tampered_or_incompletely_signed_request_answers_401_and_stores_nothing(string tampering)
    {
        string[] ids = [TestEvents.NewId(), TestEvents.NewId(), TestEvents.NewId()];
        // An address of this case's own, so a case wrongly accepted cannot fail the others.
        var bounced = $"{ids[1]}@example.org";
        var body = TestEvents.Batch(
            TestEvents.Of(ids[0], "processed", "a@example.org"),
            TestEvents.Of(ids[1], "bounce", bounced),
            TestEvents.Of(ids[2], "delivered", "c@example.org"));
        var now = EmailEventsWorld.Timestamp();

        var response = tampering switch
        {
            "flipped body byte" => await world.PostAsync(Flipped(body), world.Sign(now, body), now),
            "no signature header" => await world.PostAsync(body, null, now),
            "no timestamp header" => await world.PostAsync(body, world.Sign(now, body), null),
            // Half a minute past the 300 s window: a request delayed on a busy machine is still outside it.
            "timestamp 330 s old" => await SignedAtAsync(body, EmailEventsWorld.Timestamp(TimeSpan.FromSeconds(-330))),
            "timestamp 330 s ahead" => await SignedAtAsync(body, EmailEventsWorld.Timestamp(TimeSpan.FromSeconds(330))),
            "body re-serialised" => await world.PostAsync(Reserialised(body), world.Sign(now, body), now),
            "signature not base64" => await world.PostAsync(body, "not*base64!", now),
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        // A valid batch posted after it is processed; had the refused one been queued, it would be processed too.
        var marker = TestEvents.NewId();
        Assert.Equal(HttpStatusCode.NoContent, (await world.PostSignedAsync(TestEvents.Batch(TestEvents.Of(marker, "delivered", "d@example.org")))).StatusCode);
        await world.DrainedAsync();
        Assert.Single(await world.EventsAsync([marker]));
        Assert.Empty(await world.EventsAsync(ids));
        Assert.False(await world.App.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(bounced, CancellationToken.None));
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_json_array_answers_400_and_an_empty_array_answers_204()
    {
        var notArray = await world.PostSignedAsync("{\"event\":\"processed\"}"u8.ToArray());
        var empty = await world.PostSignedAsync("[]"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, notArray.StatusCode);
        Assert.Equal("application/problem+json", notArray.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
    }

    private Task<HttpResponseMessage> SignedAtAsync(byte[] body, string timestamp) => world.PostAsync(body, world.Sign(timestamp, body), timestamp);

    private static byte[] Flipped(byte[] body)
    {
        var copy = body.ToArray();
        copy[copy.Length / 2] ^= 0x01;
        return copy;
    }

    private static byte[] Reserialised(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return JsonSerializer.SerializeToUtf8Bytes(document.RootElement, Indented);
    }
}
