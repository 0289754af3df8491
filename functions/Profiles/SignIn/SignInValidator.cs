using Matchmaker.Platform.Common;

namespace Matchmaker.Profiles.SignIn;

public static class SignInValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(SignInInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rules = new FieldRules();
        rules.Email("email", input.Email);
        return rules.Errors;
    }
}
