using System.Collections.Concurrent;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>Queue functions for the listener tests; queue names come from settings so each test has its own.</summary>
public sealed class QueueTestFunctions
{
    public static ConcurrentDictionary<string, int> Calls { get; } = new();

    public static ConcurrentDictionary<string, long> LastDequeueCount { get; } = new();

    public static ConcurrentBag<TestPayload> Received { get; } = [];

    /// <summary>For each message text, when storage handed out each delivery, as the end of its lease: the lease runs from then, so their differences are the gaps.</summary>
    public static ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Deliveries { get; } = new();

    [Function("AlwaysFails")]
    public static void AlwaysFails([QueueTrigger("%FailingQueue%")] string message)
    {
        Calls.AddOrUpdate(message, 1, (_, count) => count + 1);
        throw new InvalidOperationException("This function always fails.");
    }

    [Function("AlwaysFailsNotingDeliveries")]
    public static void AlwaysFailsNotingDeliveries([QueueTrigger("%RetriedQueue%")] QueueMessage message)
    {
        Deliveries.GetOrAdd(message.Body.ToString(), _ => new()).Enqueue(message.NextVisibleOn!.Value);
        throw new InvalidOperationException("This function always fails.");
    }

    [Function("FailsOnce")]
    public static void FailsOnce([QueueTrigger("%FlakyQueue%")] QueueMessage message)
    {
        var text = message.Body.ToString();
        LastDequeueCount[text] = message.DequeueCount;
        if (Calls.AddOrUpdate(text, 1, (_, count) => count + 1) == 1)
        {
            throw new InvalidOperationException("The first try fails.");
        }
    }

    /// <summary>Storage answers 503 to as many first runs as the message's text says ("outage of N calls ...").</summary>
    [Function("MeetsAnOutage")]
    public static void MeetsAnOutage([QueueTrigger("%OutageQueue%")] QueueMessage message)
    {
        var text = message.Body.ToString();
        LastDequeueCount[text] = message.DequeueCount;
        var failing = int.Parse(text.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        if (Calls.AddOrUpdate(text, 1, (_, count) => count + 1) <= failing)
        {
            throw new Azure.RequestFailedException(503, "Storage is out (a test's outage).");
        }
    }

    /// <summary>Runs until the listener stops, as a function would whose process hung; counts its starts by the message's text.</summary>
    [Function("RunsUntilStopped")]
    public static async Task RunsUntilStopped([QueueTrigger("%HangingQueue%")] QueueMessage message, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        LastDequeueCount[text] = message.DequeueCount;
        Calls.AddOrUpdate(text, 1, (_, count) => count + 1);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    /// <summary>Takes longer than the lease the tests give it, then succeeds; counts its starts by the message's text.</summary>
    [Function("TakesItsTime")]
    public static async Task TakesItsTime([QueueTrigger("%SlowQueue%")] QueueMessage message, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        LastDequeueCount[text] = message.DequeueCount;
        Calls.AddOrUpdate(text, 1, (_, count) => count + 1);
        await Task.Delay(TimeSpan.FromSeconds(9), cancellationToken);
    }

    [Function("Receives")]
    public static Task Receives([QueueTrigger("%PayloadQueue%")] TestPayload payload, CancellationToken cancellationToken)
    {
        Received.Add(payload);
        return Task.Delay(1, cancellationToken);
    }
}
