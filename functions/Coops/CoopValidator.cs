using Matchmaker.Platform.Common;

namespace Matchmaker.Coops;

public static class CoopValidator
{
    public const int MaxAbout = 1000;

    /// <summary>The body of POST /api/coops and PUT /api/coops/{id}: the name and contact details.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(CoopInput coop)
    {
        var rules = new FieldRules();
        rules.Text("name", coop.Name, required: true);
        rules.Email("contactEmail", coop.ContactEmail);
        rules.Text("city", coop.City, required: false);
        rules.Country("country", coop.Country, required: true);
        return rules.Errors;
    }

    /// <summary>The body of PUT /api/coops/me: the public profile.</summary>
    public static IReadOnlyDictionary<string, string[]> ValidateProfile(CoopProfileInput profile)
    {
        var rules = new FieldRules();
        rules.Text("name", profile.Name, required: true);
        rules.Text("city", profile.City, required: false);
        rules.Country("country", profile.Country, required: true);
        rules.Text("about", profile.About, required: false, MaxAbout, multiline: true);
        rules.List("teaches", profile.Teaches);
        return rules.Errors;
    }
}
