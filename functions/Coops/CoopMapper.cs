using System.Text.Json;
using Matchmaker.Platform.Http;

namespace Matchmaker.Coops;

public static class CoopMapper
{
    public static CoopView ToView(CoopEntity coop, int openNeeds)
    {
        ArgumentNullException.ThrowIfNull(coop);
        return new CoopView(
            coop.Id, coop.Name, coop.ContactEmail, coop.City, coop.Country, coop.About, Teaches(coop), coop.CreatedAt, openNeeds, coop.KeyRotatedAt);
    }

    public static CoopSummary ToSummary(CoopEntity coop)
    {
        ArgumentNullException.ThrowIfNull(coop);
        return new CoopSummary(coop.Id, coop.Name, coop.City, coop.About);
    }

    /// <summary>The skills the co-op says it can teach, as it wrote them.</summary>
    public static IReadOnlyList<string> Teaches(CoopEntity coop)
    {
        ArgumentNullException.ThrowIfNull(coop);
        return JsonSerializer.Deserialize<List<string>>(coop.TeachesJson, MatchmakerJson.Options) ?? [];
    }

    public static void ApplyContact(CoopInput input, CoopEntity coop)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(coop);
        coop.Name = input.Name!;
        coop.ContactEmail = input.ContactEmail!;
        coop.City = input.City;
        coop.Country = input.Country;
    }

    public static void ApplyProfile(CoopProfileInput input, CoopEntity coop)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(coop);
        coop.Name = input.Name!;
        coop.City = input.City;
        coop.Country = input.Country;
        coop.About = string.IsNullOrWhiteSpace(input.About) ? null : input.About;
        coop.TeachesJson = JsonSerializer.Serialize(input.Teaches?.Select(s => s!).ToList() ?? [], MatchmakerJson.Options);
    }
}
