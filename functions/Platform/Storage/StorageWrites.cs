namespace Matchmaker.Platform.Storage;

/// <summary>
/// Counts the requests that may change storage made on behalf of one HTTP request, so that when storage fails
/// partway the answer can say truthfully whether anything may have been saved. Flows with the request's
/// async calls; outside a tracked request nothing is counted.
/// </summary>
public sealed class StorageWrites : IDisposable
{
    private static readonly AsyncLocal<StorageWrites?> CurrentRequest = new();

    private int attempted;

    private StorageWrites()
    {
    }

    /// <summary>Whether any request that may change storage was sent (successfully or not) since tracking began.</summary>
    public bool AnyAttempted => Volatile.Read(ref attempted) > 0;

    /// <summary>Starts counting for the calling request and everything it awaits.</summary>
    public static StorageWrites Track() => CurrentRequest.Value = new StorageWrites();

    /// <summary>Counts one request that may change storage, if a request is being tracked.</summary>
    public static void Attempted()
    {
        if (CurrentRequest.Value is { } writes)
        {
            Interlocked.Increment(ref writes.attempted);
        }
    }

    /// <summary>Everything written so far was undone: a failure from here on may say that nothing changed.</summary>
    public static void Undone()
    {
        if (CurrentRequest.Value is { } writes)
        {
            Volatile.Write(ref writes.attempted, 0);
        }
    }

    public void Dispose()
    {
        if (ReferenceEquals(CurrentRequest.Value, this))
        {
            CurrentRequest.Value = null;
        }
    }
}
