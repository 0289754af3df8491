namespace Matchmaker.Profiles.PersonalData;

/// <summary>
/// Every place that holds data about a person, in one list: export reads them all, erasure empties them
/// all. Anything new that stores data about a person registers an <see cref="IPersonalDataHolder"/>.
/// </summary>
/// <remarks>
/// Holders are erased in the order they are registered (see <c>AddMatchmaker</c>): matching's index first,
/// so its later sweep is queued before anything is gone, and the owner's credential last, so that an
/// interrupted erasure can be finished by repeating DELETE with the same token.
/// </remarks>
public sealed class PersonalDataInventory(IEnumerable<IPersonalDataHolder> holders)
{
    public IReadOnlyList<IPersonalDataHolder> Holders { get; } = [.. holders];

    public async Task<IReadOnlyDictionary<string, object?>> ExportAsync(string profileId, CancellationToken cancellationToken)
    {
        var export = new Dictionary<string, object?>();
        foreach (var holder in Holders)
        {
            export[holder.Name] = await holder.ExportAsync(profileId, cancellationToken);
        }

        return export;
    }

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var holder in Holders)
        {
            await holder.EraseAsync(profileId, cancellationToken);
        }
    }
}
