using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using static Matchmaker.Tests.Unit.Model.SampleProjections;

namespace Matchmaker.Tests.Unit.Model;

public sealed class PairFeatureEdgeTests
{
    private static readonly PersonProjection Nobody = Newcomer with { Skills = [], Interests = [], WantsToLearn = [], Terms = [] };

    private static readonly NeedProjection Bare = ProjectOwner with { RequiredSkills = [], NiceToHave = [], CanTeach = [], Terms = [] };

    [Fact]
    public void The_newcomer_reaches_the_target_with_the_project_owner_need_at_two_days()
    {
        var features = Extractor.Extract(ProjectOwner, Newcomer, Now);

        // Minimum day rate 2,080 / (3 x 52 / 12) = 160; the need pays up to 375, and 250 x 2 x 52 / 12 = 2,166.67 a month.
        Assert.Equal(1f, features[(int)PairFeature.RateFit]);
        Assert.Equal(1f, features[(int)PairFeature.IncomeReach]);
        Assert.Equal(1f, features[(int)PairFeature.DaysFit]);
        Assert.Equal(0f, features[(int)PairFeature.RequiredCoverageExact]);
        Assert.Equal(1f, features[(int)PairFeature.LearnTeachOverlap]);
    }

    [Fact]
    public void One_day_a_week_at_a_midpoint_of_250_pays_about_half_of_2080()
    {
        var reach = Feature(Newcomer, ProjectOwner with { DaysPerWeek = 1 }, PairFeature.IncomeReach);

        Assert.Equal(250 * 52 / 12.0 / 2080, reach, precision: 5);
    }

    [Fact]
    public void A_max_rate_below_the_minimum_day_rate_gives_the_share_of_it()
    {
        Assert.Equal(120 / 160.0, Feature(Newcomer, ProjectOwner with { DayRateMin = 100, DayRateMax = 120 }, PairFeature.RateFit), precision: 5);
        Assert.Equal(120 / 160.0, Feature(Newcomer, ProjectOwner with { DayRateMin = 120, DayRateMax = null }, PairFeature.RateFit), precision: 5);
    }

    [Fact]
    public void An_unpaid_need_has_no_rate_fit_or_income_reach()
    {
        var unpaid = ProjectOwner with { DayRateMin = null, DayRateMax = null };

        Assert.Equal(0f, Feature(Newcomer, unpaid, PairFeature.RateFit));
        Assert.Equal(0f, Feature(Newcomer, unpaid, PairFeature.IncomeReach));
        Assert.Equal(0f, Feature(Newcomer with { MonthlyIncomeTarget = null }, unpaid, PairFeature.RateFit));
        Assert.Equal(0f, Feature(Newcomer with { MonthlyIncomeTarget = null }, unpaid with { DayRateMin = 0 }, PairFeature.IncomeReach));
    }

    [Fact]
    public void Without_an_income_target_any_paid_need_fits_the_rate_and_reaches_the_income()
    {
        var noTarget = Newcomer with { MonthlyIncomeTarget = null };
        var poorlyPaid = ProjectOwner with { DayRateMin = 10, DayRateMax = 10, DaysPerWeek = 0.5 };

        Assert.Equal(1f, Feature(noTarget, poorlyPaid, PairFeature.RateFit));
        Assert.Equal(1f, Feature(noTarget, poorlyPaid, PairFeature.IncomeReach));
    }

    [Fact]
    public void Pay_in_another_currency_than_the_target_is_held_against_no_target_and_a_currency_not_named_against_the_target()
    {
        var poorlyPaid = ProjectOwner with { DayRateMin = 100, DayRateMax = 120, DaysPerWeek = 1 };
        var inPounds = Newcomer with { IncomeCurrency = "GBP" };

        // 120 a day in euros is not 120 / 160 of a pound target: with no exchange rates it is compared with nothing, as with no target.
        Assert.Equal(1f, Feature(inPounds, poorlyPaid with { PayCurrency = "EUR" }, PairFeature.RateFit));
        Assert.Equal(1f, Feature(inPounds, poorlyPaid with { PayCurrency = "EUR" }, PairFeature.IncomeReach));
        Assert.Equal(120 / 160.0, Feature(inPounds, poorlyPaid with { PayCurrency = "gbp " }, PairFeature.RateFit), precision: 5);
        Assert.Equal(120 / 160.0, Feature(inPounds, poorlyPaid, PairFeature.RateFit), precision: 5);
        Assert.Equal(120 / 160.0, Feature(Newcomer, poorlyPaid with { PayCurrency = "EUR" }, PairFeature.RateFit), precision: 5);
        Assert.Equal(110 * 52 / 12.0 / 2080, Feature(inPounds, poorlyPaid with { PayCurrency = "GBP" }, PairFeature.IncomeReach), precision: 5);
    }

    [Fact]
    public void Half_a_day_a_week_raises_the_minimum_day_rate_and_limits_days_fit()
    {
        var halfDay = Newcomer with { DaysPerWeek = 0.5 };
        var features = Extractor.Extract(ProjectOwner, halfDay, Now);

        // Minimum day rate 2,080 / (0.5 x 52 / 12) = 960; monthly pay 250 x 0.5 x 52 / 12 = 541.67.
        Assert.Equal(375 / 960.0, features[(int)PairFeature.RateFit], precision: 5);
        Assert.Equal(250 * 0.5 * 52 / 12 / 2080, features[(int)PairFeature.IncomeReach], precision: 5);
        Assert.Equal(0.25f, features[(int)PairFeature.DaysFit]);
        Assert.Equal(1f, Feature(halfDay, ProjectOwner with { DaysPerWeek = 0.5 }, PairFeature.DaysFit));
    }

    [Fact]
    public void No_skills_on_either_side_gives_zero_skill_features_and_no_error()
    {
        foreach (var (person, need) in new[] { (Nobody, Bare), (Newcomer, Bare), (Nobody, ProjectOwner) })
        {
            var features = Extractor.Extract(need, person, Now);

            Assert.Equal(0f, features[(int)PairFeature.RequiredCoverageExact]);
            Assert.Equal(0f, features[(int)PairFeature.RequiredCoverageRelated]);
            Assert.Equal(0f, features[(int)PairFeature.LevelFit]);
            Assert.Equal(0f, features[(int)PairFeature.NiceToHaveCoverage]);
            Assert.Equal(0f, features[(int)PairFeature.IdfOverlap]);
        }

        Assert.Equal(0f, Feature(Nobody, Bare, PairFeature.TextSimilarity));
        Assert.Equal(0f, Feature(Nobody, Bare, PairFeature.InterestsOverlap));
        Assert.Equal(0f, Feature(Nobody, Bare, PairFeature.LearnTeachOverlap));
    }

    [Fact]
    public void A_related_skill_counts_at_half_and_an_exact_one_in_full()
    {
        var need = Bare with { RequiredSkills = [new("javascript", SkillLevel.Working), new("linux", SkillLevel.Working)] };
        var person = Nobody with { Skills = [new("typescript", SkillLevel.Expert), new("debian", SkillLevel.Expert)] };

        Assert.Equal(0f, Feature(person, need, PairFeature.RequiredCoverageExact));
        Assert.Equal(0.5f, Feature(person, need, PairFeature.RequiredCoverageRelated));

        var oneExact = person with { Skills = [new("javascript", SkillLevel.Working), new("debian", SkillLevel.Expert)] };
        Assert.Equal(0.5f, Feature(oneExact, need, PairFeature.RequiredCoverageExact));
        Assert.Equal(0.75f, Feature(oneExact, need, PairFeature.RequiredCoverageRelated));
    }

    [Fact]
    public void Level_fit_loses_a_third_per_level_short_and_nothing_for_more()
    {
        var need = Bare with { RequiredSkills = [new("php", SkillLevel.Advanced)] };

        Assert.Equal(1f, Feature(Nobody with { Skills = [new("php", SkillLevel.Expert)] }, need, PairFeature.LevelFit));
        Assert.Equal(1f, Feature(Nobody with { Skills = [new("php", SkillLevel.Advanced)] }, need, PairFeature.LevelFit));
        Assert.Equal(2 / 3.0, Feature(Nobody with { Skills = [new("php", SkillLevel.Working)] }, need, PairFeature.LevelFit), precision: 6);
        Assert.Equal(1 / 3.0, Feature(Nobody with { Skills = [new("php", SkillLevel.Learning)] }, need, PairFeature.LevelFit), precision: 6);
        Assert.Equal(1f, Feature(Nobody with { Skills = [new("php", SkillLevel.Learning), new("php", SkillLevel.Expert)] }, need, PairFeature.LevelFit));
    }

    [Fact]
    public void A_rare_skill_weighs_more_than_a_common_one_in_idf_overlap()
    {
        var people = Enumerable.Range(0, 20)
            .Select(i => Nobody with { Id = $"p{i}", Skills = i < 2 ? [new("go", SkillLevel.Working)] : [new("php", SkillLevel.Working)] })
            .ToList();
        var need = Bare with { RequiredSkills = [new("go", SkillLevel.Working), new("php", SkillLevel.Working)] };
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, [need]));

        var rare = extractor.Extract(need, people[0], Now)[(int)PairFeature.IdfOverlap];
        var common = extractor.Extract(need, people[5], Now)[(int)PairFeature.IdfOverlap];

        Assert.True(rare > 0.5f && common < 0.5f, $"rare {rare}, common {common}");
        Assert.Equal(1f, rare + common, precision: 5);
    }

    [Theory]
    [InlineData(RemotePreference.OnSite, RemotePreference.OnSite, "Bristol", "GB", 1.0)]
    [InlineData(RemotePreference.OnSite, RemotePreference.OnSite, " bristol", "gb", 1.0)]
    [InlineData(RemotePreference.OnSite, RemotePreference.RemoteOk, "Leeds", "GB", 0.5)]
    [InlineData(RemotePreference.OnSite, RemotePreference.OnSite, "Dublin", "IE", 0.0)]
    [InlineData(RemotePreference.OnSite, RemotePreference.RemoteOnly, "Bristol", "GB", 0.0)]
    [InlineData(RemotePreference.RemoteOnly, RemotePreference.OnSite, "Bristol", "GB", 0.0)]
    [InlineData(RemotePreference.RemoteOk, RemotePreference.RemoteOnly, "Dublin", "IE", 0.75)]
    [InlineData(RemotePreference.RemoteOnly, RemotePreference.RemoteOk, "Leeds", "GB", 0.875)]
    [InlineData(RemotePreference.RemoteOk, RemotePreference.RemoteOk, "Bristol", "GB", 1.0)]
    [InlineData(RemotePreference.RemoteOk, RemotePreference.RemoteOk, null, null, 0.75)]
    public void Location_fit_follows_remote_compatibility_then_place(
        RemotePreference needRemote, RemotePreference personRemote, string? city, string? country, double expected)
    {
        var need = ProjectOwner with { Remote = needRemote, City = "Bristol", Country = "GB" };
        var person = Newcomer with { Remote = personRemote, City = city, Country = country };

        Assert.Equal(expected, Feature(person, need, PairFeature.LocationFit), precision: 6);
    }

    [Fact]
    public void Freshness_halves_every_30_days_for_needs_and_every_90_days_for_profiles()
    {
        Assert.Equal(0.5, Feature(Newcomer, ProjectOwner with { UpdatedAt = Now.AddDays(-30) }, PairFeature.NeedFreshness), precision: 6);
        Assert.Equal(0.25, Feature(Newcomer, ProjectOwner with { UpdatedAt = Now.AddDays(-60) }, PairFeature.NeedFreshness), precision: 6);
        Assert.Equal(1f, Feature(Newcomer, ProjectOwner with { UpdatedAt = Now.AddDays(3) }, PairFeature.NeedFreshness));
        Assert.Equal(0.5, Feature(Newcomer with { UpdatedAt = Now.AddDays(-90) }, ProjectOwner, PairFeature.ProfileFreshness), precision: 6);
        Assert.Equal(0f, Feature(Newcomer with { UpdatedAt = DateTimeOffset.MinValue }, ProjectOwner, PairFeature.ProfileFreshness));
    }

    [Fact]
    public void Text_similarity_is_1_for_the_same_terms_and_0_for_none_in_common()
    {
        var terms = TextTerms.Of("Linux servers, WordPress hosting and Debian upgrades");

        Assert.Equal(1f, Feature(Nobody with { Terms = terms }, Bare with { Terms = [.. terms.Reverse()] }, PairFeature.TextSimilarity));
        Assert.Equal(0f, Feature(Nobody with { Terms = TextTerms.Of("video editing") }, Bare with { Terms = terms }, PairFeature.TextSimilarity));
        Assert.Equal(2 / Math.Sqrt(2 * 6), Feature(Nobody with { Terms = TextTerms.Of("hosted servers") }, Bare with { Terms = terms }, PairFeature.TextSimilarity), precision: 6);
    }

    [Fact]
    public void Interests_and_learning_wishes_meet_free_text_through_their_words()
    {
        var need = Bare with { CanTeach = [MatchKey.FreeText("video editing")], Terms = TextTerms.Of("campaign films for a tenants union") };
        var person = Nobody with { Interests = [MatchKey.FreeText("films")], WantsToLearn = [MatchKey.FreeText("video")] };

        // Interest tokens {text:films, film}: "film" is a need term. Learning tokens {text:video, video}: "video" is taught.
        Assert.Equal(0.5f, Feature(person, need, PairFeature.InterestsOverlap));
        Assert.Equal(0.5f, Feature(person, need, PairFeature.LearnTeachOverlap));
        Assert.Equal(1f, Feature(person with { WantsToLearn = [MatchKey.FreeText("video editing")] }, need, PairFeature.LearnTeachOverlap));
        Assert.Equal(0f, Feature(person with { WantsToLearn = ["javascript"] }, need, PairFeature.LearnTeachOverlap));
    }

    [Fact]
    public void A_feature_span_that_is_too_short_is_refused()
    {
        var need = Extractor.Prepare(ProjectOwner, Now);
        var person = Extractor.Prepare(Newcomer);

        Assert.Throws<ArgumentException>(() => PairFeatureExtractor.Extract(need, person, new float[PairFeatures.Count - 1]));
        Assert.Throws<ArgumentException>(() => PairFeatureExtractor.Extract(need, [person, person], new float[PairFeatures.Count]));
    }
}
