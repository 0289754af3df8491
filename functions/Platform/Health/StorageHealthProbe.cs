using Azure.Data.Tables;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Health;

/// <summary>Asks the table service for one table name: the cheapest call that proves storage answers.</summary>
public sealed class StorageHealthProbe(TableServiceClient tables)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<bool> IsUpAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().WithCancellation(timeout.Token))
            {
                break;
            }

            return true;
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, cancellationToken))
        {
            return false;
        }
    }
}
