using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Demo;

/// <summary>A fictional need in the demo data.</summary>
public sealed record DemoNeed(
    string Id,
    string CoopId,
    string Title,
    string Description,
    SkillInput[] Required,
    SkillInput[] NiceToHave,
    string[] CanTeach,
    double? RateMin,
    double? RateMax,
    double DaysPerWeek,
    int DurationWeeks,
    LocationInput Location)
{
    public NeedInput ToInput() => new(
        Title, Description, Required, NiceToHave, CanTeach,
        RateMin is null ? null : new DayRateInput((decimal)RateMin, (decimal?)RateMax, "GBP"),
        DaysPerWeek, DurationWeeks, Location, Openings: 1);
}
