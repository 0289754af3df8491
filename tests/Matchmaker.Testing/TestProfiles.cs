using Matchmaker.Platform.Common;
using Matchmaker.Profiles;

namespace Matchmaker.Testing;

/// <summary>Valid profile bodies to start from; tests change what they are about.</summary>
public static class TestProfiles
{
    public static ProfileInput Valid(params SkillInput[] skills) => new(
        "Sam Example",
        "sam@example.org",
        new LocationInput("London", "GB", "remote-ok"),
        3,
        new IncomeTargetInput(2080, "GBP"),
        skills.Length > 0 ? skills : [new SkillInput("WordPress", "advanced"), new SkillInput("Linux", "expert")],
        ["co-operative development", "video"],
        ["JavaScript"],
        "Fictional person for tests.",
        new ConsentInput(Matching: true, Introductions: true, Training: true));

    public static ProfileEntity Entity(string id, string status, ProfileInput input)
    {
        var entity = new ProfileEntity { PartitionKey = id, Status = status };
        ProfileMapper.Apply(input, entity);
        return entity;
    }
}
