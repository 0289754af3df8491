using System.Text.Json;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Unit.Profiles;

/// <summary>
/// What is kept about a person, as a snapshot: a new stored field fails here until it is reviewed for data
/// minimisation. Location is a city and a country code; what matching and training read holds no name or
/// email (of the bio, only bounded terms); every free-text field is capped in length.
/// </summary>
public sealed class StoredProfileSchemaTests
{
    [Fact]
    public void The_stored_profile_holds_exactly_the_reviewed_fields()
    {
        var stored = typeof(ProfileEntity).GetProperties()
            .Where(p => p.CanRead && p.CanWrite)
            .Select(p => $"{p.Name}: {(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Name}{(Nullable.GetUnderlyingType(p.PropertyType) is null ? "" : "?")}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "AddressStamp: String", "Bio: String", "City: String", "ConfirmationCodeHash: String", "ConfirmationExpiresAt: DateTimeOffset?",
                "ConfirmedAt: DateTimeOffset?", "ConsentIntroductions: Boolean", "ConsentMatching: Boolean", "ConsentTraining: Boolean",
                "Country: String", "CreatedAt: DateTimeOffset", "DaysPerWeek: Double", "ETag: ETag", "Email: String", "IncomeCurrency: String",
                "IncomeMonthly: Double?", "InterestsJson: String", "Name: String", "PartitionKey: String", "Remote: String", "RowKey: String",
                "SkillsJson: String", "Status: String", "Timestamp: DateTimeOffset?", "UpdatedAt: DateTimeOffset", "Version: Int32",
                "WantsToLearnJson: String", "WriteId: String",
            ],
            stored);
    }

    [Theory]
    [InlineData("London", "GB", true)]
    [InlineData("London", "United Kingdom", false)]
    [InlineData("London", "gb ", false)]
    public void A_location_is_a_city_and_a_two_letter_country_code(string city, string country, bool valid)
    {
        var errors = ProfileValidator.Validate(TestProfiles.Valid() with { Location = new LocationInput(city, country, "remote-ok") });

        Assert.Equal(valid, !errors.Keys.Any(k => k.StartsWith("location", StringComparison.Ordinal)));
    }

    [Fact]
    public void What_matching_reads_and_the_feature_vector_hold_no_name_or_email()
    {
        var first = TestProfiles.Entity(EntityId.New(), ProfileStatus.Active, TestProfiles.Valid() with { Name = "Zebedee Quuxworth", Email = "zebedee.quuxworth@example.org" });
        var second = TestProfiles.Entity(first.Id, ProfileStatus.Active, TestProfiles.Valid() with { Name = "Other Person", Email = "other@example.net" });
        second.UpdatedAt = first.UpdatedAt;

        var projection = JsonSerializer.Serialize(MatchingProjections.Of(first));

        Assert.DoesNotContain("zebedee", projection, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quuxworth", projection, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.org", projection, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(projection, JsonSerializer.Serialize(MatchingProjections.Of(second)));
        Assert.DoesNotContain(typeof(PersonProjection).GetProperties(), p => p.Name is "Name" or "Email" or "Bio");
        // The vector stored with each suggestion and decision: numbers under these names only.
        Assert.Equal(Enum.GetNames<PairFeature>().Select(JsonNamingPolicy.CamelCase.ConvertName), PairFeatures.Names);
    }

    [Theory]
    [InlineData("name", FieldRules.MaxText)]
    [InlineData("bio", FieldRules.MaxLongText)]
    [InlineData("location.city", FieldRules.MaxText)]
    [InlineData("interests[0]", FieldRules.MaxText)]
    [InlineData("wantsToLearn[0]", FieldRules.MaxText)]
    [InlineData("skills[0].name", FieldRules.MaxText)]
    public void Every_free_text_field_is_refused_past_its_cap_and_kept_at_it(string field, int cap)
    {
        Assert.DoesNotContain(field, ProfileValidator.Validate(With(field, new string('a', cap))).Keys);
        Assert.Contains(field, ProfileValidator.Validate(With(field, new string('a', cap + 1))).Keys);
    }

    private static ProfileInput With(string field, string text)
    {
        var profile = TestProfiles.Valid();
        return field switch
        {
            "name" => profile with { Name = text },
            "bio" => profile with { Bio = text },
            "location.city" => profile with { Location = profile.Location! with { City = text } },
            "interests[0]" => profile with { Interests = [text] },
            "wantsToLearn[0]" => profile with { WantsToLearn = [text] },
            _ => profile with { Skills = [new SkillInput(text, "advanced")] },
        };
    }
}
