using Matchmaker.Platform.Common;
using Matchmaker.Platform.SpecialCategories;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Unit.Profiles;

/// <summary>Which of a profile's fields are checked against the special-category terms, and how each warning names its field.</summary>
public sealed class ProfileWarningsTests
{
    [Fact]
    public void A_clean_profile_has_no_warnings() =>
        Assert.Empty(ProfileWarnings.Of(Entity(TestProfiles.Valid())));

    [Fact]
    public void Each_warning_names_its_field_as_validation_errors_do()
    {
        var profile = TestProfiles.Valid() with
        {
            Skills = [new SkillInput("Linux", "expert"), new SkillInput("union rep training", "working")],
            Interests = ["video", "my church's website"],
            WantsToLearn = ["sign language, as I am hard of hearing"],
            Bio = "Autistic, and a trade union member.",
        };

        var warnings = ProfileWarnings.Of(Entity(profile)).Select(w => (w.Field, w.Category));

        Assert.Equal(
            [
                ("skills[1].name", "trade-union-membership"),
                ("interests[1]", "religion-or-belief"),
                ("wantsToLearn[0]", "disability"),
                ("bio", "disability"),
                ("bio", "trade-union-membership"),
            ],
            warnings);
    }

    [Fact]
    public void The_name_is_not_checked_since_many_names_are_also_words_on_the_list()
    {
        var profile = TestProfiles.Valid() with { Name = "Tyson Gay" };

        Assert.Empty(ProfileWarnings.Of(Entity(profile)));
        Assert.NotEmpty(SpecialCategoryTerms.Shipped.CategoriesIn(profile.Name));
    }

    [Fact]
    public void The_owners_view_carries_the_warnings_and_keeps_the_text_as_written()
    {
        var bio = "I'm  PREGNANT   and still taking on work.";

        var view = ProfileMapper.ToView(Entity(TestProfiles.Valid() with { Bio = bio }));

        Assert.Equal(bio, view.Bio);
        Assert.Equal([("bio", "health")], view.Warnings.Select(w => (w.Field, w.Category)));
    }

    private static ProfileEntity Entity(ProfileInput input) => TestProfiles.Entity(EntityId.New(), ProfileStatus.Active, input);
}
