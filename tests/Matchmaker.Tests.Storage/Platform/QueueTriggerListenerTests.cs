using Azure.Storage.Queues;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Platform;

[Collection(AzuriteTests.Name)]
public sealed class QueueTriggerListenerTests(AzuriteFixture azurite)
{
    private static readonly QueueHostOptions Options = new()
    {
        BatchSize = 4,
        NewBatchThreshold = 2,
        MaxDequeueCount = 3,
        VisibilityTimeout = TimeSpan.Zero,
        MaxPollingInterval = TimeSpan.FromMilliseconds(200),
        MessageEncoding = QueueMessageEncoding.Base64,
    };

    // Room for the waits of 1 s and 2 s however slowly the runs between them go on a loaded machine.
    private static readonly TimeSpan OutageBudget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_failing_function_is_tried_maxDequeueCount_times_then_the_message_moves_unchanged_to_poison()
    {
        var queueName = $"fails-{Guid.NewGuid():N}";
        var text = $"héllo ✓ {Guid.NewGuid()}";
        var raw = await SendAsync(queueName, text);

        await using (await RunListenerAsync("AlwaysFails", "FailingQueue", queueName))
        {
            await Eventually.TrueAsync(async () => await CountAsync($"{queueName}-poison") == 1, "the message is in the poison queue");
        }

        Assert.Equal(Options.MaxDequeueCount, QueueTestFunctions.Calls[text]);
        var poisoned = (await azurite.Queues().GetQueueClient($"{queueName}-poison").ReceiveMessageAsync()).Value;
        Assert.Equal(raw, poisoned.MessageText);
        Assert.Equal(0, await CountAsync(queueName));
    }

    [Fact]
    public async Task A_failing_message_comes_back_each_time_after_the_visibility_timeout_a_fixed_delay_that_does_not_grow()
    {
        var options = Options with { MaxDequeueCount = 5, VisibilityTimeout = TimeSpan.FromSeconds(2) };
        var queueName = $"retried-{Guid.NewGuid():N}";
        var text = $"fails every time {Guid.NewGuid()}";
        await SendAsync(queueName, text);
        var requested = new RequestedVisibilityTimeouts();
        var clientOptions = new QueueClientOptions();
        clientOptions.AddPolicy(requested, Azure.Core.HttpPipelinePosition.PerCall);

        await using (await RunListenerAsync("AlwaysFailsNotingDeliveries", "RetriedQueue", queueName, options: options, queues: new QueueServiceClient(azurite.ConnectionString, clientOptions)))
        {
            await Eventually.TrueAsync(async () => await CountAsync($"{queueName}-poison") == 1, "the message is in the poison queue");
        }

        var deliveries = QueueTestFunctions.Deliveries[text].ToList();
        Assert.Equal(options.MaxDequeueCount, deliveries.Count);
        // Each failure but the last hides the message for the configured timeout, the same every time.
        Assert.Equal(Enumerable.Repeat((int)options.VisibilityTimeout.TotalSeconds, options.MaxDequeueCount - 1), requested.Seconds);
        // Storage's own times (to the second, so a gap of 2 s never reads as less): no delivery came sooner.
        Assert.All(deliveries.Zip(deliveries.Skip(1)), pair => Assert.True(
            pair.Second - pair.First >= options.VisibilityTimeout, $"A delivery came {(pair.Second - pair.First).TotalSeconds} s after the one before."));
        Assert.True(deliveries[^1] - deliveries[0] >= (options.MaxDequeueCount - 1) * options.VisibilityTimeout);
    }

    [Fact]
    public async Task A_message_dequeued_more_often_than_allowed_moves_to_poison_without_running()
    {
        var queueName = $"crashed-{Guid.NewGuid():N}";
        var text = $"crashed every time {Guid.NewGuid()}";
        var raw = await SendAsync(queueName, text);
        // As a host that stopped mid-run each time leaves it: dequeued once more than allowed, never completed.
        var queue = azurite.Queues().GetQueueClient(queueName);
        for (var i = 0; i <= Options.MaxDequeueCount; i++)
        {
            var received = (await queue.ReceiveMessageAsync()).Value;
            await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        await using (await RunListenerAsync("FailsOnce", "FlakyQueue", queueName))
        {
            await Eventually.TrueAsync(async () => await CountAsync($"{queueName}-poison") == 1, "the message is in the poison queue");
        }

        Assert.False(QueueTestFunctions.Calls.ContainsKey(text), "The function ran on a message already dequeued more often than allowed.");
        Assert.Equal(raw, (await azurite.Queues().GetQueueClient($"{queueName}-poison").ReceiveMessageAsync()).Value.MessageText);
        Assert.Equal(0, await CountAsync(queueName));
    }

    [Fact]
    public async Task A_failed_message_comes_back_and_is_deleted_once_it_succeeds()
    {
        var queueName = $"flaky-{Guid.NewGuid():N}";
        var text = $"retry me {Guid.NewGuid()}";
        await SendAsync(queueName, text);

        await using (await RunListenerAsync("FailsOnce", "FlakyQueue", queueName))
        {
            await Eventually.TrueAsync(async () => QueueTestFunctions.Calls.GetValueOrDefault(text) == 2 && await CountAsync(queueName) == 0, "the second try succeeded");
        }

        Assert.Equal(2, QueueTestFunctions.LastDequeueCount[text]);
        Assert.Equal(0, await CountAsync($"{queueName}-poison"));
    }

    [Fact]
    public async Task Through_a_short_outage_one_try_runs_the_function_again_until_it_succeeds_and_nothing_is_redelivered()
    {
        var queueName = $"outage-{Guid.NewGuid():N}";
        var text = $"outage of 2 calls {Guid.NewGuid()}";
        await SendAsync(queueName, text);

        await using (await RunListenerAsync("MeetsAnOutage", "OutageQueue", queueName))
        {
            await Eventually.TrueAsync(async () => QueueTestFunctions.Calls.GetValueOrDefault(text) == 3 && await CountAsync(queueName) == 0, "the third run succeeded");
        }

        Assert.Equal(1, QueueTestFunctions.LastDequeueCount[text]);
        Assert.Equal(0, await CountAsync($"{queueName}-poison"));
    }

    [Fact]
    public async Task An_outage_longer_than_the_budget_fails_the_try_and_the_queue_delivers_the_message_again()
    {
        var queueName = $"long-outage-{Guid.NewGuid():N}";
        var text = $"outage of 2 calls {Guid.NewGuid()}";
        await SendAsync(queueName, text);

        await using (await RunListenerAsync("MeetsAnOutage", "OutageQueue", queueName, outageBudget: TimeSpan.FromSeconds(2)))
        {
            await Eventually.TrueAsync(async () => QueueTestFunctions.Calls.GetValueOrDefault(text) == 3 && await CountAsync(queueName) == 0, "a second delivery succeeded");
        }

        // A budget of 2 s allows the wait of 1 s, never the next of 2 s: two runs on the first delivery, the third on the second.
        Assert.Equal(2, QueueTestFunctions.LastDequeueCount[text]);
        Assert.Equal(0, await CountAsync($"{queueName}-poison"));
    }

    [Fact]
    public async Task Json_messages_sent_by_the_apps_encoding_bind_to_a_record()
    {
        var queueName = $"payload-{Guid.NewGuid():N}";
        var id = Guid.NewGuid().ToString("N");
        var sender = azurite.Queues(Options.MessageEncoding).GetQueueClient(queueName);
        await sender.CreateIfNotExistsAsync();
        await sender.SendMessageAsync($$"""{"id":"{{id}}","version":7}""");

        await using (await RunListenerAsync("Receives", "PayloadQueue", queueName))
        {
            await Eventually.TrueAsync(async () => await CountAsync(queueName) == 0, "the message was completed");
        }

        Assert.Contains(new TestPayload(id, 7), QueueTestFunctions.Received);
    }

    private async Task<string> SendAsync(string queueName, string text)
    {
        var sender = azurite.Queues(Options.MessageEncoding).GetQueueClient(queueName);
        await sender.CreateIfNotExistsAsync();
        await sender.SendMessageAsync(text);
        return (await azurite.Queues().GetQueueClient(queueName).PeekMessageAsync()).Value.MessageText;
    }

    [Fact]
    public async Task A_message_whose_function_never_finishes_comes_back_when_the_longest_run_allowed_has_passed()
    {
        var queueName = $"hangs-{Guid.NewGuid():N}";
        var text = $"hangs {Guid.NewGuid()}";
        await SendAsync(queueName, text);

        // With the defaults (a lease of 10 minutes, renewed for up to 30) the message would stay hidden for the whole test.
        await using (await RunListenerAsync(
            "RunsUntilStopped", "HangingQueue", queueName, TimeSpan.FromSeconds(1), messageLease: TimeSpan.FromSeconds(2), longestRun: TimeSpan.FromSeconds(3)))
        {
            await Eventually.TrueAsync(
                () => Task.FromResult(QueueTestFunctions.LastDequeueCount.GetValueOrDefault(text) >= 2), "the message is delivered again after its lease");
        }

        Assert.True(QueueTestFunctions.Calls[text] >= 2);
    }

    [Fact]
    public async Task A_run_longer_than_the_lease_keeps_its_message_hidden_by_renewing_it_and_completes_it_once()
    {
        var queueName = $"slow-{Guid.NewGuid():N}";
        var text = $"takes 9 s {Guid.NewGuid()}";
        await SendAsync(queueName, text);

        // A lease of 4 s, renewed every 4/3 s (room for a renewal slowed by a loaded machine): without renewing,
        // the run of 9 s would see its message delivered again.
        await using (await RunListenerAsync("TakesItsTime", "SlowQueue", queueName, TimeSpan.FromSeconds(1), messageLease: TimeSpan.FromSeconds(4)))
        {
            await Eventually.TrueAsync(async () => QueueTestFunctions.Calls.GetValueOrDefault(text) >= 1 && await NoneLeftAsync(queueName), "the message was completed");
        }

        Assert.Equal(1, QueueTestFunctions.Calls[text]);
        Assert.Equal(1, QueueTestFunctions.LastDequeueCount[text]);
        Assert.Equal(0, await CountAsync($"{queueName}-poison"));
    }

    // Hidden messages too, where a peek sees only visible ones: true once the message is deleted.
    private async Task<bool> NoneLeftAsync(string queueName) =>
        (await azurite.Queues().GetQueueClient(queueName).GetPropertiesAsync()).Value.ApproximateMessagesCount == 0;

    private async Task<int> CountAsync(string queueName)
    {
        var queue = azurite.Queues().GetQueueClient(queueName);
        return await queue.ExistsAsync() ? (await queue.PeekMessagesAsync(32)).Value.Length : 0;
    }

    private async Task<RunningListener> RunListenerAsync(
        string functionName, string setting, string queueName, TimeSpan? outageBudget = null, QueueHostOptions? options = null, QueueServiceClient? queues = null, TimeSpan? messageLease = null, TimeSpan? longestRun = null)
    {
        var function = FunctionCatalog.Discover([typeof(QueueTestFunctions)]).Single(f => f.Name == functionName);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(setting, queueName)]).Build();
        var services = new ServiceCollection().BuildServiceProvider();
        var queueOptions = Microsoft.Extensions.Options.Options.Create(new QueueOutageOptions
        {
            OutageBudget = outageBudget ?? OutageBudget,
            MessageLease = messageLease ?? new QueueOutageOptions().MessageLease,
            LongestRun = longestRun ?? new QueueOutageOptions().LongestRun,
        });
        var outageRetry = new OutageRetry(queueOptions, TimeProvider.System, NullLogger<OutageRetry>.Instance);
        var listener = new QueueTriggerListener(
            function, queues ?? azurite.Queues(), options ?? Options, services.GetRequiredService<IServiceScopeFactory>(), configuration,
            outageRetry, queueOptions, NullLogger<QueueTriggerListener>.Instance);
        await listener.StartAsync(CancellationToken.None);
        return new RunningListener(listener, services);
    }

    private sealed class RunningListener(QueueTriggerListener listener, ServiceProvider services) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await listener.StopAsync(CancellationToken.None);
            listener.Dispose();
            await services.DisposeAsync();
        }
    }
}
