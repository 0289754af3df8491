using System.Text.Json;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;

namespace Matchmaker.Profiles;

public static class ProfileMapper
{
    /// <summary>Copies a validated body onto the entity; identity, status, version and token stay as they are.</summary>
    public static void Apply(ProfileInput input, ProfileEntity entity)
    {
        entity.Name = input.Name!;
        entity.Email = input.Email!;
        entity.City = input.Location!.City;
        entity.Country = input.Location.Country;
        entity.Remote = input.Location.Remote!;
        entity.DaysPerWeek = input.DaysPerWeek!.Value;
        entity.IncomeMonthly = (double?)input.IncomeTarget?.Monthly;
        entity.IncomeCurrency = input.IncomeTarget?.Currency ?? "GBP";
        var context = string.Join('\n', (input.Interests ?? []).Concat(input.WantsToLearn ?? []).Append(input.Bio));
        entity.SkillsJson = Serialize(StoredSkills.From(input.Skills!, context));
        entity.InterestsJson = Serialize(input.Interests?.Select(i => i!).ToList() ?? []);
        entity.WantsToLearnJson = Serialize(input.WantsToLearn?.Select(i => i!).ToList() ?? []);
        entity.Bio = input.Bio;
        entity.ConsentMatching = input.Consent?.Matching ?? false;
        entity.ConsentIntroductions = input.Consent?.Introductions ?? false;
        entity.ConsentTraining = input.Consent?.Training ?? false;
    }

    public static IReadOnlyList<StoredSkill> SkillsOf(ProfileEntity entity) =>
        JsonSerializer.Deserialize<List<StoredSkill>>(entity.SkillsJson, MatchmakerJson.Options) ?? [];

    public static IReadOnlyList<string> InterestsOf(ProfileEntity entity) => Deserialize(entity.InterestsJson);

    public static IReadOnlyList<string> WantsToLearnOf(ProfileEntity entity) => Deserialize(entity.WantsToLearnJson);

    public static ProfileView ToView(ProfileEntity entity) => new(
        entity.Id,
        entity.Status,
        entity.Version,
        entity.Name,
        entity.Email,
        new LocationInput(entity.City, entity.Country, entity.Remote),
        entity.DaysPerWeek,
        entity.IncomeMonthly is { } monthly ? new IncomeTargetInput((decimal)monthly, entity.IncomeCurrency) : null,
        SkillsOf(entity),
        Deserialize(entity.InterestsJson),
        Deserialize(entity.WantsToLearnJson),
        entity.Bio,
        new ConsentInput(entity.ConsentMatching, entity.ConsentIntroductions, entity.ConsentTraining),
        entity.CreatedAt,
        entity.UpdatedAt,
        ProfileWarnings.Of(entity));

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, MatchmakerJson.Options);

    private static List<string> Deserialize(string json) => JsonSerializer.Deserialize<List<string>>(json, MatchmakerJson.Options) ?? [];
}
