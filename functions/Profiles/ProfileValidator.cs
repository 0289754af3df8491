using Matchmaker.Common;

namespace Matchmaker.Profiles;

public static class ProfileValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(ProfileInput profile)
    {
        var rules = new FieldRules();
        rules.Text("name", profile.Name, required: true);
        rules.Email("email", profile.Email);
        rules.Location("location", profile.Location, required: true);
        rules.Range("daysPerWeek", profile.DaysPerWeek, 0.5, 5, required: true);
        if (profile.DaysPerWeek is { } days && days % 0.5 != 0)
        {
            rules.Add("daysPerWeek", "Must be a whole or half day.");
        }

        if (profile.IncomeTarget is { } income)
        {
            rules.Range("incomeTarget.monthly", (double?)income.Monthly, 0, 1_000_000, required: true);
            if (income.Currency is not null && (income.Currency.Length != 3 || !income.Currency.All(char.IsAsciiLetterUpper)))
            {
                rules.Add("incomeTarget.currency", "Must be a three-letter ISO 4217 currency code such as GBP.");
            }
        }

        rules.Skills("skills", profile.Skills, required: true, levelRequired: false);
        rules.List("interests", profile.Interests);
        rules.List("wantsToLearn", profile.WantsToLearn);
        rules.Text("bio", profile.Bio, required: false, FieldRules.MaxLongText, multiline: true);
        return rules.Errors;
    }
}
