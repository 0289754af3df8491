using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Advice;

/// <summary>The whole advice for one person from the open needs the live model has scored for them.</summary>
public static class AdviceBuilder
{
    /// <param name="scored">The open needs paying in the person's currency (or unpaid), with the model's scores.</param>
    /// <param name="open">Every open need, for who can teach what.</param>
    /// <param name="currency">How amounts are written in the summary and reasons, such as "£".</param>
    public static NewcomerAdvice Build(PersonProjection person, IReadOnlyList<ScoredNeed> scored, IReadOnlyList<NeedProjection> open, Taxonomy taxonomy, string currency)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var needs = scored.Select(s => NeedAssessment.Of(person, s, taxonomy)).ToList();
        return new NewcomerAdvice(PortfolioBuilder.Build(person, needs, taxonomy, currency), LearningAdvice.Build(person, needs, open, taxonomy));
    }
}
