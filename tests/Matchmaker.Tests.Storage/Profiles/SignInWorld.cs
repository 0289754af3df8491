using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The app on a clock the test moves, so sign-in codes can expire and limits can reset within a test.</summary>
public sealed class SignInWorld : ApiWorld
{
    public ShiftedTimeProvider Clock { get; } = new();

    // The caller limit is raised here: every test of the class signs in from 127.0.0.1. SignInCallerLimitTests keeps it.
    protected override IEnumerable<string> Settings => [.. base.Settings, "--Matchmaker:SignIn:PerCaller=1000"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    public Task<HttpResponseMessage> RequestSignInAsync(string email) => SendAsync(HttpMethod.Post, "/api/sign-in", null, new { email });

    public Task<HttpResponseMessage> SignInAsync(string profileId, string code) => SendAsync(HttpMethod.Post, $"/api/profiles/{profileId}/sign-in", null, new { code });
}
