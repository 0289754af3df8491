using Matchmaker.Model.Advice;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Opportunities;

/// <summary>
/// A fictional network shaped like the seed thread: a newcomer with expert Linux, advanced WordPress,
/// community organising and co-op development, 3 days a week, GBP 2,080 a month, wanting to learn
/// JavaScript; and the kinds of need the thread names.
/// </summary>
public static class AdviceScenario
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static PersonProjection Newcomer { get; } = new(
        "person-robin",
        [new("linux", SkillLevel.Expert), new("wordpress", SkillLevel.Advanced), new("community-organising", SkillLevel.Advanced), new("co-op-development", SkillLevel.Expert)],
        DaysPerWeek: 3,
        MonthlyIncomeTarget: 2080,
        City: "London",
        Country: "GB",
        RemotePreference.RemoteOk,
        Interests: ["co-op-development", MatchKey.FreeText("video")],
        WantsToLearn: ["javascript"],
        Terms: [],
        UpdatedAt: Now);

    public static NeedProjection ProjectOwner { get; } = Need("need-project-owner", "coop-hedgerow", [new("co-op-development", SkillLevel.Advanced)], 125, 375, 2, ["sales"]);

    public static NeedProjection HostingSupport { get; } = Need("need-hosting-support", "coop-fernhost", [new("linux", SkillLevel.Working), new("nextcloud", SkillLevel.Working)], 180, 180, 2);

    public static NeedProjection Coordinator { get; } = Need("need-coordinator", "coop-network", [new("community-organising", SkillLevel.Working), new("co-op-development", SkillLevel.Working)], null, null, 1);

    public static NeedProjection React { get; } = Need("need-react", "coop-brambleworks", [new("react", SkillLevel.Expert), new("javascript", SkillLevel.Advanced)], 350, 350, 4, ["javascript"]);

    public static NeedProjection Video { get; } = Need("need-video", "coop-lantern", [new("video-production", SkillLevel.Advanced)], 200, 200, 1);

    public static NeedProjection BidWriter { get; } = Need("need-bid-writer", "coop-quill", [new("bid-writing", SkillLevel.Advanced)], 220, 220, 1);

    public static NeedProjection WordPressJs { get; } = Need("need-wordpress-js", "coop-oakleaf", [new("wordpress", SkillLevel.Advanced), new("javascript", SkillLevel.Working)], 210, 210, 2, ["javascript"]);

    public static IReadOnlyList<NeedProjection> All { get; } = [ProjectOwner, HostingSupport, Coordinator, React, Video, BidWriter, WordPressJs];

    /// <summary>Scores as a model might give them; the React role scores best of all, so only the skill rule keeps it out.</summary>
    public static float ScoreOf(NeedProjection need) => need.Id switch
    {
        "need-react" => 4f,
        "need-hosting-support" => 1.5f,
        "need-project-owner" => 1f,
        "need-coordinator" => 0.5f,
        _ => -1f,
    };

    public static NewcomerAdvice Advise(PersonProjection person, params NeedProjection[] needs) =>
        AdviceBuilder.Build(person, [.. needs.Select(n => new ScoredNeed(n, ScoreOf(n)))], needs, Taxonomy.Default, "£");

    public static NeedProjection Need(string id, string coop, LeveledSkill[] required, double? min, double? max, double days, string[]? canTeach = null) => new(
        id, coop, required, [], canTeach ?? [], min, max, days, 26, 1, "London", "GB", RemotePreference.RemoteOk, [], Now);
}
