using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Explaining;

/// <summary>Reasons about what the pair has in common beyond skills: words, interests, learning, and how recent both are.</summary>
internal static class TopicReasons
{
    public static string? TextSimilarity(PairFacts facts)
    {
        var needTerms = Terms(facts.Need.Terms);
        var common = Terms(facts.Person.Terms).Count(needTerms.Contains);
        return common == 0 ? null : $"profile and need share {common} key {(common == 1 ? "word" : "words")}";
    }

    public static string? InterestsOverlap(PairFacts facts, KeyTokenizer tokens)
    {
        var need = facts.Need;
        var topics = tokens.Of((need.RequiredSkills ?? []).Select(s => s.Key).Concat(need.NiceToHave ?? []).Concat(need.CanTeach ?? []), int.MaxValue)
            .Concat(Terms(need.Terms).Select(term => KeyHash.Of(term)))
            .ToHashSet();
        var met = Keys(facts.Person.Interests).Where(key => tokens.Of([key], int.MaxValue).Any(topics.Contains)).Select(facts.Name).ToList();
        return met.Count == 0 ? null : $"interested in {Wording.List(met)}, which the need mentions";
    }

    public static string? LearnTeachOverlap(PairFacts facts, KeyTokenizer tokens)
    {
        var teach = Keys(facts.Need.CanTeach);
        var teachTokens = tokens.Of(teach, int.MaxValue).ToHashSet();
        var learn = Keys(facts.Person.WantsToLearn).Where(key => tokens.Of([key], int.MaxValue).Any(teachTokens.Contains)).ToList();
        if (learn.Count == 0)
        {
            return null;
        }

        var wants = $"wants to learn {Wording.List([.. learn.Select(facts.Name)])}";
        if (learn.All(teach.Contains))
        {
            return $"{wants}, which the co-op can teach";
        }

        // Partly met through shared words (video and video editing): say what the co-op teaches rather than claim the same thing.
        var learnTokens = tokens.Of(learn, int.MaxValue).ToHashSet();
        var taught = teach.Where(key => tokens.Of([key], int.MaxValue).Any(learnTokens.Contains)).Select(facts.Name).ToList();
        return $"{wants}; the co-op can teach {Wording.List(taught)}";
    }

    public static string? Freshness(float value, double halfLifeDays, string subject)
    {
        if (!(value > 0))
        {
            return null;
        }

        // The feature is 2^(-age / half-life), so its value gives the age back.
        var age = -halfLifeDays * Math.Log2(value);
        return age <= 7 ? $"{subject} in the last week"
            : age <= 30 ? $"{subject} in the last month"
            : null;
    }

    // As the extractor reads terms: the first 64, distinct.
    private static HashSet<string> Terms(IReadOnlyList<string>? terms) =>
        [.. (terms ?? []).Take(PairFeatureExtractor.MaxTerms).Where(t => t is not null)];

    private static List<string> Keys(IReadOnlyList<string>? keys) =>
        [.. (keys ?? []).Where(k => k is not null).Distinct(StringComparer.Ordinal)];
}
