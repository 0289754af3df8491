using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;

namespace Matchmaker.Needs;

public static class NeedMapper
{
    /// <summary>Copies a validated body onto the entity; identity, co-op, status and version stay as they are.</summary>
    public static void Apply(NeedInput input, NeedEntity entity)
    {
        entity.Title = input.Title!;
        entity.Description = input.Description;
        var context = $"{input.Title}\n{input.Description}";
        var skills = StoredSkills.From(input.RequiredSkills!.Concat(input.NiceToHaveSkills ?? []), context);
        entity.RequiredSkillsJson = Serialize(skills.Take(input.RequiredSkills!.Count).ToList());
        entity.NiceToHaveSkillsJson = Serialize(skills.Skip(input.RequiredSkills!.Count).ToList());
        entity.CanTeachJson = Serialize(input.CanTeach?.Select(s => s!).ToList() ?? []);
        entity.DayRateMin = (double?)input.DayRate?.Min;
        entity.DayRateMax = (double?)(input.DayRate?.Max ?? input.DayRate?.Min);
        entity.DayRateCurrency = input.DayRate?.Currency ?? "GBP";
        entity.DaysPerWeek = input.DaysPerWeek!.Value;
        entity.DurationWeeks = input.DurationWeeks;
        entity.City = input.Location!.City;
        entity.Country = input.Location.Country;
        entity.Remote = input.Location.Remote!;
        entity.Openings = input.Openings ?? 1;
    }

    /// <param name="coop">The need's co-op in brief (<see cref="CoopSummaries"/>).</param>
    public static NeedView ToView(NeedEntity entity, CoopSummary coop) => new(
        entity.Id,
        entity.CoopId,
        coop.Name,
        coop,
        entity.Status,
        entity.Version,
        entity.Title,
        entity.Description,
        Deserialize<List<StoredSkill>>(entity.RequiredSkillsJson),
        Deserialize<List<StoredSkill>>(entity.NiceToHaveSkillsJson),
        Deserialize<List<string>>(entity.CanTeachJson),
        entity.DayRateMin is { } min ? new DayRateInput((decimal)min, (decimal?)entity.DayRateMax, entity.DayRateCurrency) : null,
        entity.DaysPerWeek,
        entity.DurationWeeks,
        new LocationInput(entity.City, entity.Country, entity.Remote),
        entity.Openings,
        entity.CreatedAt,
        entity.UpdatedAt,
        // Closing is for good, so only a closed need has these; the guard keeps them off any open need's view.
        entity.Status == NeedStatus.Closed ? entity.ClosedBecause : null,
        entity.Status == NeedStatus.Closed ? entity.CloseNote : null);

    /// <summary>The skills the need asks for, required then nice to have.</summary>
    public static IEnumerable<StoredSkill> AskedSkills(NeedEntity entity) =>
        Deserialize<List<StoredSkill>>(entity.RequiredSkillsJson).Concat(Deserialize<List<StoredSkill>>(entity.NiceToHaveSkillsJson));

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, MatchmakerJson.Options);

    private static T Deserialize<T>(string json) where T : new() =>
        JsonSerializer.Deserialize<T>(json, MatchmakerJson.Options) ?? new T();
}
