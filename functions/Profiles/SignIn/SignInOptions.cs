namespace Matchmaker.Profiles.SignIn;

/// <summary>The <c>Matchmaker:SignIn:</c> settings: how long a sign-in link works (how often one may be asked for is in <c>Matchmaker:Limits</c>).</summary>
public sealed class SignInOptions
{
    public const string SectionName = "Matchmaker:SignIn";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromHours(1);
}
