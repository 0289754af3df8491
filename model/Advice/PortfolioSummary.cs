using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Advice;

/// <summary>The portfolio's outcome in one sentence; when it is short, what kept the other needs out.</summary>
internal static class PortfolioSummary
{
    public static string Write(
        PersonProjection person, IReadOnlyList<NeedAssessment> needs, IReadOnlyList<PortfolioNeed> chosen, double income, double? target, double? shortfall, string currency)
    {
        var available = $"your {Wording.Days(person.DaysPerWeek)} a week";
        var took = $"{Wording.Money(currency, income)} a month in {Wording.Number(chosen.Sum(n => n.DaysPerWeek))} of {available}";
        if (target is not { } aim)
        {
            return chosen.Count == 0
                ? $"No open need fits within {available}: {WhyNot(needs, person)}."
                : $"No income target given: the best-fitting needs pay {took}.";
        }

        var goal = $"your {Wording.Money(currency, aim)} monthly target";
        if (shortfall == 0)
        {
            return $"Reaches {goal}: {took}.";
        }

        var gap = $"{Wording.Money(currency, shortfall!.Value)} short of {goal}";
        return chosen.Count == 0
            ? $"{gap}: no open need fits within {available} ({WhyNot(needs, person)})."
            : $"{gap}: the fitting needs that pay most pay {took} ({WhyNot(needs, person)}).";
    }

    // Each need counted once, by the first thing that keeps it out of the portfolio.
    private static string WhyNot(IReadOnlyList<NeedAssessment> needs, PersonProjection person)
    {
        var outside = needs.Where(n => !n.Fits).ToList();
        var skills = outside.Count(n => n.Missing.Count > 0);
        var days = outside.Count(n => n.Missing.Count == 0 && !n.DaysFit);
        var place = outside.Count(n => n.Missing.Count == 0 && n.DaysFit && !n.PlaceFits);
        var unpaid = outside.Count(n => n.Missing.Count == 0 && n.Workable && n.DayRate is null);
        var parts = new List<string>();
        Add(parts, skills, "asks", "ask", "for a skill you do not have yet");
        Add(parts, days, "asks", "ask", $"more days than your {Wording.Number(person.DaysPerWeek)}");
        Add(parts, place, "needs", "need", "a place that rules out yours");
        Add(parts, unpaid, "is", "are", "unpaid");
        return needs.Count == 0 ? "there are no open needs" : parts.Count == 0 ? "no other open need fits" : "of the other open needs, " + Join(parts);
    }

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static void Add(List<string> parts, int count, string one, string many, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)} {what}");
        }
    }
}
