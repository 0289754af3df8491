using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// A batch of 1,000 events, one of them malformed and many carrying naughty strings in categories and
/// custom args, is accepted fast and processed except for the malformed item, which is logged without content.
/// </summary>
public sealed partial class EmailEventLoadTests(EmailEventsWorld world, ITestOutputHelper output) : IClassFixture<EmailEventsWorld>
{
    private const int Malformed = 500;

    [Fact]
    public async Task A_thousand_events_with_one_malformed_and_naughty_strings_answer_2xx_fast_and_999_are_processed()
    {
        var naughty = NaughtyStrings.All;
        string[] types = ["processed", "delivered", "open", "click", "deferred", "bounce", "spamreport", "unsubscribe", "dropped", "group_unsubscribe"];
        var ids = new List<string>();
        var items = new List<object>();
        for (var i = 0; i < 1000; i++)
        {
            var email = $"person{i}@example.org";
            if (i == Malformed)
            {
                // No sg_event_id: nothing could ever deduplicate it.
                items.Add(new Dictionary<string, object?> { ["email"] = email, ["event"] = "bounce", ["category"] = naughty[i % naughty.Count] });
                continue;
            }

            var id = TestEvents.NewId();
            ids.Add(id);
            var item = TestEvents.Of(id, types[i % types.Length], email, naughty[(i + 1) % naughty.Count], naughty[(i + 2) % naughty.Count]);
            item["category"] = i % 3 == 0 ? new[] { naughty[i % naughty.Count], "introduction" } : naughty[i % naughty.Count];
            item["custom_args"] = new Dictionary<string, object?> { ["note"] = naughty[(i + 3) % naughty.Count] };
            if (i % 7 == 0)
            {
                // Fields of the wrong type count as absent; the event is still processed.
                item["timestamp"] = naughty[i % naughty.Count];
                item["email"] = 42;
                item["sg_message_id"] = new[] { 1, 2 };
            }

            items.Add(item);
        }

        var body = TestEvents.Batch([.. items]);
        Assert.Equal(HttpStatusCode.NoContent, (await world.PostSignedAsync("[]"u8.ToArray())).StatusCode);

        var stopwatch = Stopwatch.StartNew();
        var response = await world.PostSignedAsync(body);
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        output.WriteLine($"POST of 1,000 events ({body.Length:N0} bytes) answered in {stopwatch.ElapsedMilliseconds} ms");

        // Generous: the answer is a signature check, one blob and one queue message (2 s is the target).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"The webhook took {stopwatch.ElapsedMilliseconds} ms.");

        // Processing is the slow part (about 2,500 storage calls): on a busy 2-core machine it took about 30 s.
        var processing = Stopwatch.StartNew();
        await world.DrainedAsync(seconds: 300);
        output.WriteLine($"Processing the batch took about {processing.ElapsedMilliseconds} ms");
        Assert.Equal(999, (await world.EventsAsync(ids)).Count);

        var logs = world.Logs.Messages;
        var skipped = Assert.Single(logs, m => m.Contains("Skipped item", StringComparison.Ordinal));
        Assert.Contains($"Skipped item {Malformed} of", skipped, StringComparison.Ordinal);
        Assert.DoesNotContain(logs, m => Address().IsMatch(m));
        Assert.Empty(world.App.Errors.All);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@example\.org")]
    private static partial Regex Address();
}
