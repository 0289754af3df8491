using Matchmaker.Platform.Retention;
using Matchmaker.Profiles.PersonalData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles;

/// <summary>
/// Erases profiles whose address was never confirmed within <see cref="RetentionOptions.UnconfirmedProfileDays"/>:
/// someone typed an address that may not be theirs, and nothing of it is kept longer than needed. Each is
/// erased as its owner's DELETE would (every holder of personal data), so a run cut short is finished by the
/// next, and erasing what is gone already succeeds.
/// </summary>
public sealed partial class UnconfirmedProfileSweep(
    ProfileStore profiles, PersonalDataInventory personalData, IOptions<RetentionOptions> options, TimeProvider time, ILogger<UnconfirmedProfileSweep> logger)
{
    /// <returns>How many profiles were erased.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.UnconfirmedProfileDays);
        var expired = await profiles.UnconfirmedBeforeAsync(cutoff, cancellationToken);
        foreach (var id in expired)
        {
            await personalData.EraseAsync(id, cancellationToken);
        }

        LogErased(logger, expired.Count, options.Value.UnconfirmedProfileDays);
        return expired.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased {Count} profiles left unconfirmed for {Days} days")]
    private static partial void LogErased(ILogger logger, int count, int days);
}
