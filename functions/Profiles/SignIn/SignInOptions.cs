namespace Matchmaker.Profiles.SignIn;

/// <summary>The <c>Matchmaker:SignIn:</c> settings: how long a sign-in link works and how often one may be asked for.</summary>
public sealed class SignInOptions
{
    public const string SectionName = "Matchmaker:SignIn";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests for one address within <see cref="Window"/>, whoever asks.</summary>
    public int PerAddress { get; set; } = 3;

    /// <summary>Requests from one caller (client address) within <see cref="Window"/>, for any addresses.</summary>
    public int PerCaller { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
