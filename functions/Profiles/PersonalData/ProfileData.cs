
namespace Matchmaker.Profiles.PersonalData;

/// <summary>The profile row: everything the person told us.</summary>
public sealed class ProfileData(ProfileStore profiles) : IPersonalDataHolder
{
    public string Name => "profile";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        await profiles.FindAsync(profileId, cancellationToken) is { } profile ? ProfileMapper.ToView(profile) : null;

    public Task EraseAsync(string profileId, CancellationToken cancellationToken) => profiles.DeleteAsync(profileId, cancellationToken);
}
