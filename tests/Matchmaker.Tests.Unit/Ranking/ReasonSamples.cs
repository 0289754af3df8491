using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>
/// A web need and a developer chosen so that every feature has something true to say: 4 of 5 required skills,
/// TypeScript next to the missing React, a rare nice-to-have, pay above the minimum, London for both.
/// </summary>
public static class ReasonSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    public static NeedProjection WebShop { get; } = new(
        "need-web-shop",
        "coop-sample",
        [new("php", SkillLevel.Working), new("javascript", SkillLevel.Advanced), new("react", SkillLevel.Working), new("linux", SkillLevel.Working), new(MatchKey.FreeText("accessibility"), SkillLevel.Working)],
        NiceToHave: ["docker"],
        CanTeach: ["kubernetes"],
        DayRateMin: 180,
        DayRateMax: 220,
        DaysPerWeek: 2,
        DurationWeeks: 12,
        Openings: 1,
        City: "London",
        Country: "GB",
        RemotePreference.RemoteOk,
        Terms: ["php", "web", "shop", "react"],
        UpdatedAt: Now.AddDays(-2));

    public static PersonProjection Developer { get; } = new(
        "person-developer",
        [new("php", SkillLevel.Expert), new("javascript", SkillLevel.Working), new("typescript", SkillLevel.Working), new("linux", SkillLevel.Working), new(MatchKey.FreeText("accessibility"), SkillLevel.Working), new("docker", SkillLevel.Working)],
        DaysPerWeek: 3,
        MonthlyIncomeTarget: 2080,
        City: "london",
        Country: "GB",
        RemotePreference.OnSite,
        Interests: [MatchKey.FreeText("online shops"), MatchKey.FreeText("gardening")],
        WantsToLearn: ["kubernetes", MatchKey.FreeText("video")],
        Terms: ["php", "javascript", "web", "accessibility"],
        UpdatedAt: Now.AddDays(-20));

    /// <summary>Forty other people with the common skills, so Docker (the developer's and the need's) is rare.</summary>
    public static SkillStatistics Statistics { get; } = SkillStatistics.Build(
        [Developer, .. Enumerable.Range(0, 40).Select(i => Developer with { Id = $"person-{i}", Skills = [.. WebShop.RequiredSkills.Where(s => s.Key != "react")] })],
        [WebShop]);

    public static float[] Features(NeedProjection need, PersonProjection person) =>
        new PairFeatureExtractor(Taxonomy.Default, Statistics).Extract(need, person, Now);
}
