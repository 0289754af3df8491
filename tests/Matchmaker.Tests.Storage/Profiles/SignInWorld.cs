using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The app on a clock the test moves, so sign-in codes can expire and limits can reset within a test.</summary>
public sealed class SignInWorld : ApiWorld
{
    public ShiftedTimeProvider Clock { get; } = new();

    // The per-address limit at its default; the caller limit raised, as every test of the class signs in from
    // 127.0.0.1 (SignInCallerLimitTests keeps it at its default).
    protected override IEnumerable<string> Settings =>
        [.. base.Settings, "--Matchmaker:Limits:EmailsPerAddressPerHour=3", "--Matchmaker:Limits:SignUpsPerCallerPerHour=1000000"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    public Task<HttpResponseMessage> RequestSignInAsync(string email) => SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email });

    public Task<HttpResponseMessage> SignInAsync(string profileId, string code) => SendAsync(HttpMethod.Post, $"/api/profiles/{profileId}/sign-in", null, new { code });
}
