using Matchmaker.Platform.Common;

namespace Matchmaker.Profiles;

public static class ProfileValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(ProfileInput profile)
    {
        var rules = new FieldRules();
        rules.Text("name", profile.Name, required: true);
        rules.Email("email", profile.Email);
        rules.Location("location", profile.Location, required: true);
        rules.Days("daysPerWeek", profile.DaysPerWeek);

        if (profile.IncomeTarget is { } income)
        {
            rules.Range("incomeTarget.monthly", (double?)income.Monthly, 0, 1_000_000, required: true);
            rules.Currency("incomeTarget.currency", income.Currency);
        }

        rules.Skills("skills", profile.Skills, required: true, levelRequired: false);
        rules.List("interests", profile.Interests);
        rules.List("wantsToLearn", profile.WantsToLearn);
        rules.Text("bio", profile.Bio, required: false, FieldRules.MaxLongText, multiline: true);
        return rules.Errors;
    }
}
