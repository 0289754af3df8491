using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// At start-up, indexes every profile's address for sign-in, in the background: profiles made before the
/// index existed, or whose indexing was interrupted after they were saved, can then sign in by email too.
/// Writing a row that exists changes nothing; a row for a profile erased meanwhile is removed again.
/// </summary>
public sealed partial class EmailIndexCatchUp(ProfileStore profiles, EmailIndex index, ILogger<EmailIndexCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var count = 0;
            await foreach (var (id, address) in profiles.AddressesAsync(stoppingToken))
            {
                await index.AddAsync(address, id, stoppingToken);
                if (await profiles.FindAsync(id, stoppingToken) is null)
                {
                    await index.RemoveAsync(address, id, stoppingToken);
                }

                count++;
            }

            LogIndexed(logger, count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The next start tries again; sign-in works meanwhile for every profile indexed as it was saved.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in index checked for {Count} profiles")]
    private static partial void LogIndexed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in index catch-up stopped; it runs again at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
