using Matchmaker.Platform.Common;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Unit.Profiles;

public sealed class ProfileValidatorTests
{
    [Fact]
    public void A_complete_profile_is_valid() =>
        Assert.Empty(ProfileValidator.Validate(TestProfiles.Valid()));

    [Theory]
    [InlineData("sam@example.org\r\nBcc: x@example.org")]
    [InlineData("Sam <sam@example.org>")]
    [InlineData("sam@localhost")]
    [InlineData("sam example@example.org")]
    [InlineData("@example.org")]
    public void Unusable_email_addresses_are_refused(string email) =>
        Assert.Contains("email", ProfileValidator.Validate(TestProfiles.Valid() with { Email = email }).Keys);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(5.5)]
    [InlineData(double.NaN)]
    public void Days_per_week_must_be_whole_or_half_days_from_half_to_five(double days) =>
        Assert.Contains("daysPerWeek", ProfileValidator.Validate(TestProfiles.Valid() with { DaysPerWeek = days }).Keys);

    [Theory]
    [InlineData("Sam\0Example")]
    [InlineData("Sam\nExample")]
    public void Names_with_control_characters_are_refused(string name) =>
        Assert.Contains("name", ProfileValidator.Validate(TestProfiles.Valid() with { Name = name }).Keys);

    [Fact]
    public void Names_with_a_lone_surrogate_are_refused_and_paired_ones_kept()
    {
        // Built at run time: attribute data cannot hold a lone surrogate.
        var lone = "Sam " + (char)0xD800 + " Example";

        Assert.Contains("name", ProfileValidator.Validate(TestProfiles.Valid() with { Name = lone }).Keys);
        Assert.Empty(ProfileValidator.Validate(TestProfiles.Valid() with { Name = "Sam 😀 Example" }));
    }

    [Fact]
    public void A_bio_may_have_line_breaks_but_not_more_than_4000_characters()
    {
        Assert.Empty(ProfileValidator.Validate(TestProfiles.Valid() with { Bio = "Line one\r\nLine two 😀" }));
        Assert.Contains("bio", ProfileValidator.Validate(TestProfiles.Valid() with { Bio = new string('a', 4001) }).Keys);
    }

    [Fact]
    public void Each_skill_is_checked_where_it_stands()
    {
        var errors = ProfileValidator.Validate(TestProfiles.Valid(new SkillInput("PHP", "working"), new SkillInput("", "guru")));

        Assert.Contains("skills[1].name", errors.Keys);
        Assert.Contains("skills[1].level", errors.Keys);
        Assert.DoesNotContain("skills[0].name", errors.Keys);
    }

    [Fact]
    public void Lists_are_limited_to_fifty_items()
    {
        var skills = Enumerable.Range(0, 51).Select(i => new SkillInput($"skill {i}", null)).ToArray();
        var interests = Enumerable.Range(0, 51).Select(i => (string?)$"interest {i}").ToList();

        var errors = ProfileValidator.Validate(TestProfiles.Valid(skills) with { Interests = interests });

        Assert.Contains("skills", errors.Keys);
        Assert.Contains("interests", errors.Keys);
    }

    [Theory]
    [InlineData("England", "remote-ok", "location.country")]
    [InlineData("GB", "sometimes", "location.remote")]
    [InlineData("gb", "remote-ok", "location.country")]
    public void Location_uses_iso_countries_and_the_three_remote_options(string country, string remote, string field) =>
        Assert.Contains(field, ProfileValidator.Validate(TestProfiles.Valid() with { Location = new LocationInput("London", country, remote) }).Keys);

    [Fact]
    public void Income_target_is_non_negative_in_an_iso_currency()
    {
        var errors = ProfileValidator.Validate(TestProfiles.Valid() with { IncomeTarget = new IncomeTargetInput(-1, "pounds") });

        Assert.Contains("incomeTarget.monthly", errors.Keys);
        Assert.Contains("incomeTarget.currency", errors.Keys);
    }
}
