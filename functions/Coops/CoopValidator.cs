using Matchmaker.Platform.Common;

namespace Matchmaker.Coops;

public static class CoopValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(CoopInput coop)
    {
        var rules = new FieldRules();
        rules.Text("name", coop.Name, required: true);
        rules.Email("contactEmail", coop.ContactEmail);
        rules.Text("city", coop.City, required: false);
        rules.Country("country", coop.Country, required: true);
        return rules.Errors;
    }
}
