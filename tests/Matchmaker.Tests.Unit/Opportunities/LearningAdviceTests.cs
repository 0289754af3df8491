using Matchmaker.Model.Advice;
using Matchmaker.Model.Matching;
using static Matchmaker.Tests.Unit.Opportunities.AdviceScenario;

namespace Matchmaker.Tests.Unit.Opportunities;

public sealed class LearningAdviceTests
{
    [Fact]
    public void JavaScript_comes_first_with_the_need_it_opens_its_day_rate_and_the_co_ops_that_teach_it()
    {
        var learning = Advise(Newcomer, [.. All]).Learning;

        var javascript = learning[0];
        Assert.Equal("javascript", javascript.Skill);
        Assert.Equal("JavaScript", javascript.Name);
        Assert.True(javascript.Wanted);
        // The React role asks 4 days of a person with 3, so learning opens only the WordPress and JavaScript work.
        Assert.Equal([WordPressJs.Id], javascript.OpensNeeds.Select(n => n.Need.Id));
        Assert.Equal(210, javascript.AverageDayRate);
        Assert.Equal([("coop-brambleworks", new[] { React.Id }), ("coop-oakleaf", new[] { WordPressJs.Id })], javascript.Teachers.Select(t => (t.CoopId, t.NeedIds.ToArray())));
    }

    [Fact]
    public void Other_missing_pieces_follow_ranked_by_the_pay_they_open_and_skills_held_are_never_advised()
    {
        var learning = Advise(Newcomer, [.. All]).Learning;

        Assert.Equal(["javascript", "bid-writing", "video-production"], learning.Select(s => s.Skill));
        Assert.DoesNotContain(learning, s => s.Skill is "linux" or "nextcloud" or "co-op-development");
    }

    [Fact]
    public void A_skill_that_is_one_of_two_missing_pieces_names_the_other_and_weighs_half()
    {
        var react = React with { DaysPerWeek = 2 };

        var learning = Advise(Newcomer, react).Learning;

        var javascript = learning.Single(s => s.Skill == "javascript");
        var opened = Assert.Single(javascript.OpensNeeds);
        Assert.Equal(["React"], opened.AlsoMissing);
        Assert.Equal(SkillLevel.Advanced, opened.Level);
        var reactSkill = learning.Single(s => s.Skill == "react");
        Assert.Equal(opened.Fit * opened.MonthlyPay / 2, reactSkill.Weight, 6);
    }

    [Fact]
    public void A_wanted_skill_comes_first_only_when_it_opens_work()
    {
        var wantsBoth = Newcomer with { WantsToLearn = ["javascript", MatchKey.FreeText("pottery")] };
        var bigBid = BidWriter with { DayRateMin = 900, DayRateMax = 900 };

        var learning = Advise(wantsBoth, bigBid, WordPressJs).Learning;

        Assert.Equal(["javascript", "bid-writing"], learning.Select(s => s.Skill));
        Assert.True(learning[1].Weight > learning[0].Weight);
    }

    [Fact]
    public void A_need_missing_three_skills_opens_nothing_and_at_most_five_skills_are_advised()
    {
        var three = Need("need-three", "coop-quill", [new("react", SkillLevel.Working), new("python", SkillLevel.Working), new("figma", SkillLevel.Working)], 300, 300, 1);
        var many = Enumerable.Range(0, 8).Select(i => Need($"need-single-{i}", "coop-quill", [new(MatchKey.FreeText($"craft {i}"), SkillLevel.Working)], 100 + i, 100 + i, 1)).ToArray();

        Assert.Empty(Advise(Newcomer, three).Learning);
        var learning = Advise(Newcomer, many).Learning;
        Assert.Equal(LearningAdvice.MaxSkills, learning.Count);
        Assert.Equal("text:craft 7", learning[0].Skill);
    }
}
