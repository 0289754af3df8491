using Matchmaker.Platform.Common;

namespace Matchmaker.Needs;

public static class NeedValidator
{
    /// <summary>The longest note a co-op may give when closing a need.</summary>
    public const int MaxCloseNote = 500;

    public static IReadOnlyDictionary<string, string[]> Validate(NeedInput need)
    {
        var rules = new FieldRules();
        rules.Text("title", need.Title, required: true);
        rules.Text("description", need.Description, required: false, FieldRules.MaxLongText, multiline: true);
        rules.Skills("requiredSkills", need.RequiredSkills, required: true, levelRequired: false);
        rules.Skills("niceToHaveSkills", need.NiceToHaveSkills, required: false, levelRequired: false);
        rules.List("canTeach", need.CanTeach);
        if (need.DayRate is { } rate)
        {
            rules.Range("dayRate.min", (double?)rate.Min, 0, 100_000, required: true);
            rules.Range("dayRate.max", (double?)rate.Max, 0, 100_000, required: false);
            if (rate.Min is { } min && rate.Max is { } max && max < min)
            {
                rules.Add("dayRate.max", "Must not be below dayRate.min.");
            }

            rules.Currency("dayRate.currency", rate.Currency);
        }

        rules.Days("daysPerWeek", need.DaysPerWeek);
        rules.Range("durationWeeks", need.DurationWeeks, 1, 520, required: false);
        rules.Location("location", need.Location, required: true);
        rules.Range("openings", need.Openings, 1, 100, required: false);
        return rules.Errors;
    }

    public static IReadOnlyDictionary<string, string[]> Validate(CloseNeedInput close)
    {
        ArgumentNullException.ThrowIfNull(close);
        var rules = new FieldRules();
        rules.OneOf("reason", close.Reason, NeedCloseReasons.All, required: true);
        rules.Text("note", close.Note, required: false, MaxCloseNote, multiline: true);
        return rules.Errors;
    }
}
