using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Matchmaker.Platform.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Storage;

/// <summary>
/// Creates every table, queue (with its poison queue) and container at start-up. If storage is not
/// reachable yet the app still starts, reports it through /api/health, and keeps trying.
/// </summary>
public sealed partial class StorageInitializer(
    TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, ILogger<StorageInitializer> logger) : IHostedService
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once everything exists; work that needs the tables awaits it.</summary>
    public Task Ready => ready.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryCreateAllAsync(cancellationToken))
        {
            _ = Task.Run(() => RetryUntilCreatedAsync(cancellationToken), CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RetryUntilCreatedAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && !await TryCreateAllAsync(cancellationToken))
        {
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<bool> TryCreateAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(StorageNames.Tables.Select(name => tables.CreateTableIfNotExistsAsync(name, cancellationToken)));
            await Task.WhenAll(StorageNames.Queues.SelectMany(name => new[] { name, StorageNames.PoisonQueueOf(name) })
                .Select(name => queues.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
            await Task.WhenAll(StorageNames.Containers.Select(name => blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
            ready.TrySetResult();
            return true;
        }
        catch (Exception exception) when (Outage.IsOutage(exception))
        {
            LogUnavailable(logger, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is not reachable; tables and queues will be created when it is")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
