using Matchmaker.Coops;
using Matchmaker.Opportunities;
using static Matchmaker.Tests.Unit.Opportunities.AdviceScenario;

namespace Matchmaker.Tests.Unit.Opportunities;

public sealed class ProfileTeachersTests
{
    [Fact]
    public void A_coop_whose_profile_teaches_a_skill_by_any_alias_follows_the_needs_teachers_with_no_needs()
    {
        var advice = Advise(Newcomer, [.. All]);
        CoopEntity[] coops =
        [
            Coop("coop-zinc", "Zinc Co-op", """["JS"]"""),
            Coop("coop-acorn", "Acorn Co-op", """["vanilla javascript", "bid writing"]"""),
            Coop("coop-oakleaf", "Oakleaf", """["JavaScript"]"""),
            Coop("coop-silent", "Silent Co-op", "[]"),
        ];

        var learning = ProfileTeachers.Add(advice, coops).Learning;

        var javascript = learning.Single(s => s.Skill == "javascript");
        Assert.Equal(
            [("coop-brambleworks", 1), ("coop-oakleaf", 1), ("coop-acorn", 0), ("coop-zinc", 0)],
            javascript.Teachers.Select(t => (t.CoopId, t.NeedIds.Count)));
        Assert.Equal(["coop-acorn"], learning.Single(s => s.Skill == "bid-writing").Teachers.Select(t => t.CoopId));
        Assert.Empty(learning.Single(s => s.Skill == "video-production").Teachers);
    }

    [Fact]
    public void Without_any_teaching_profile_the_advice_is_unchanged()
    {
        var advice = Advise(Newcomer, [.. All]);

        Assert.Same(advice, ProfileTeachers.Add(advice, [Coop("coop-silent", "Silent", "[]")]));
    }

    private static CoopEntity Coop(string id, string name, string teachesJson) =>
        new() { PartitionKey = id, Name = name, ContactEmail = "x@coop.example.org", TeachesJson = teachesJson };
}
