using System.Net;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Matchmaker.Platform.Storage;
using Matchmaker.Tests.Storage.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// Moving a message to poison is a copy, then a delete of the original. Stopped between the two, the body
/// is in both queues under different message ids; when both copies run, the introduction's emails go once,
/// because what the step does is keyed by the introduction id in the body.
/// </summary>
public sealed class HalfMovedPoisonTests(OutboxWorld world) : IClassFixture<OutboxWorld>
{
    private QueueHostOptions Options => world.App.Services.GetRequiredService<QueueHostOptions>();

    private QueueServiceClient Queues => new(world.StorageConnectionString);

    private QueueClient Poison => Queues.GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.IntroductionsQueue));

    [Fact]
    public async Task An_introduction_message_left_in_both_its_queue_and_the_poison_queue_sends_each_email_once_when_both_copies_run()
    {
        var introduced = await world.ApprovedAsync();
        var queue = Queues.GetQueueClient(StorageNames.IntroductionsQueue);
        // Hosts that stopped mid-run every time leave it dequeued as often as allowed, never completed.
        for (var i = 0; i < Options.MaxDequeueCount; i++)
        {
            var taken = await ReceiveAsync(queue, introduced.IntroductionId);
            await queue.UpdateMessageAsync(taken.MessageId, taken.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        // The next delivery moves it to poison without running it; storage fails the delete of the original.
        var original = await ReceiveAsync(queue, introduced.IntroductionId);
        var failedDelete = new FailNthRequest(1);
        var faultyQueue = new QueueServiceClient(world.StorageConnectionString, Faulty(failedDelete)).GetQueueClient(queue.Name);
        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => Processor(faultyQueue).ProcessAsync(original, default));
        Assert.True(failedDelete.Fired);
        await queue.UpdateMessageAsync(original.MessageId, original.PopReceipt, visibilityTimeout: TimeSpan.Zero);

        var poisonCopy = Assert.Single((await Poison.PeekMessagesAsync(32)).Value);
        Assert.Equal(original.MessageText, poisonCopy.MessageText);
        Assert.NotEqual(original.MessageId, poisonCopy.MessageId);
        Assert.Equal(original.MessageId, Assert.Single((await queue.PeekMessagesAsync(32)).Value).MessageId);
        Assert.Empty(world.MailsOf(introduced.IntroductionId));

        // The original comes round again and is poisoned a second time; a coordinator puts both copies back.
        await Processor(queue).ProcessAsync(await ReceiveAsync(queue, introduced.IntroductionId), default);
        var copies = (await Poison.PeekMessagesAsync(32)).Value;
        Assert.Equal(2, copies.Length);
        foreach (var copy in copies)
        {
            var replayed = await world.SendAsync(HttpMethod.Post, $"/api/poison/{StorageNames.IntroductionsQueue}/{copy.MessageId}/replay", ApiWorld.CoordinatorKey);
            Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        }

        var first = await ReceiveAsync(queue, introduced.IntroductionId);
        var second = await ReceiveAsync(queue, introduced.IntroductionId);
        Assert.NotEqual(first.MessageId, second.MessageId);
        await Task.WhenAll(Processor(queue).ProcessAsync(first, default), Processor(queue).ProcessAsync(second, default));

        await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "the stand-in has logged both emails");
        Assert.Equal(["ask-coop", "ask-person"], world.MailsOf(introduced.IntroductionId).Select(m => m.EmailKey).Order());
        Assert.Equal([OutboxStatus.Sent, OutboxStatus.Sent], (await world.Outbox.OfIntroductionAsync(introduced.IntroductionId, default)).Select(r => r.Status));
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
        Assert.Empty((await Poison.PeekMessagesAsync(32)).Value);
    }

    private static QueueClientOptions Faulty(FailNthRequest fault)
    {
        var options = new QueueClientOptions { Retry = { MaxRetries = 0 } };
        options.AddPolicy(fault, Azure.Core.HttpPipelinePosition.PerCall);
        return options;
    }

    private QueueMessageProcessor Processor(QueueClient queue) => new(
        FunctionCatalog.Discover([typeof(AdvanceIntroduction)]).Single(),
        queue,
        Poison,
        Options,
        new QueueOutageOptions(),
        world.App.Services.GetRequiredService<IServiceScopeFactory>(),
        world.App.Services.GetRequiredService<OutageRetry>(),
        NullLogger.Instance);

    /// <summary>The introduction's message, with a lease long enough for the test; any other message is left visible.</summary>
    private static async Task<QueueMessage> ReceiveAsync(QueueClient queue, string introductionId)
    {
        QueueMessage? found = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var received = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;
                found = received.FirstOrDefault(m => Decoded(m).Contains(introductionId, StringComparison.Ordinal));
                await Task.WhenAll(received.Where(m => m != found).Select(m => queue.UpdateMessageAsync(m.MessageId, m.PopReceipt, visibilityTimeout: TimeSpan.Zero)));
                return found is not null;
            },
            "the introduction's message is in the queue");
        return found!;
    }

    private static string Decoded(QueueMessage message) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
}
