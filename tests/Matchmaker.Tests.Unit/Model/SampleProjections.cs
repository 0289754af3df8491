using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

/// <summary>Hand-made projections echoing the brief: the newcomer (GBP 2,080 a month in 3 days) and the project-owner need.</summary>
public static class SampleProjections
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static PairFeatureExtractor Extractor { get; } = new(Taxonomy.Default, SkillStatistics.Empty);

    public static PersonProjection Newcomer { get; } = new(
        "person-newcomer",
        [new("linux", SkillLevel.Expert), new("wordpress", SkillLevel.Advanced), new(MatchKey.FreeText("event organising"), SkillLevel.Working)],
        DaysPerWeek: 3,
        MonthlyIncomeTarget: 2080,
        City: "Manchester",
        Country: "GB",
        RemotePreference.RemoteOk,
        Interests: [MatchKey.FreeText("co-operative development"), MatchKey.FreeText("video")],
        WantsToLearn: ["javascript"],
        Terms: TextTerms.Of(["Years of Linux and WordPress work for co-ops; has organised sector events.", "Linux", "WordPress", "event organising", "video"]),
        UpdatedAt: Now.AddDays(-1));

    public static NeedProjection ProjectOwner { get; } = new(
        "need-project-owner",
        "coop-hedgerow",
        [new("sales", SkillLevel.Working), new(MatchKey.FreeText("project management"), SkillLevel.Working)],
        NiceToHave: ["php"],
        CanTeach: ["javascript"],
        DayRateMin: 125,
        DayRateMax: 375,
        DaysPerWeek: 2,
        DurationWeeks: 26,
        Openings: 1,
        City: "Bristol",
        Country: "GB",
        RemotePreference.RemoteOk,
        Terms: TextTerms.Of(["Project owner", "Find and shape new client work for our web team, then keep projects on track with clients.", "sales", "project management"]),
        UpdatedAt: Now.AddDays(-2));

    public static float Feature(PersonProjection person, NeedProjection need, PairFeature feature) =>
        Extractor.Extract(need, person, Now)[(int)feature];
}
