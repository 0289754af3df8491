using Matchmaker.Profiles.PersonalData;

namespace Matchmaker.Matching;

/// <summary>The skill index rows that make the person findable for matching.</summary>
public sealed class SkillIndexData(SkillIndexer index) : IPersonalDataHolder
{
    public string Name => "skillIndex";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await index.RowsOfAsync(profileId, cancellationToken)).Select(row => new { skill = row.Skill, level = row.Level }).ToList();

    public Task EraseAsync(string profileId, CancellationToken cancellationToken) => index.RemoveAsync(profileId, cancellationToken);
}
