using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Platform.Retention;

/// <summary>Emailed codes past their expiry are pruned by the daily job; tokens and keys, which never expire, stay.</summary>
public sealed class ExpiredCodeRetentionTests : IAsyncLifetime
{
    private RetentionWorld world = null!;

    public async Task InitializeAsync() => world = await RetentionWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task An_expired_code_goes_and_a_live_code_an_owner_token_and_a_coop_key_stay_and_a_second_run_deletes_nothing()
    {
        var twoHoursAgo = new CredentialStore(world.Tables, new ManualTimeProvider(RetentionWorld.Now.AddHours(-2)));
        var halfAnHourAgo = new CredentialStore(world.Tables, new ManualTimeProvider(RetentionWorld.Now.AddMinutes(-30)));
        var expired = await twoHoursAgo.IssueAsync(CredentialKind.SignIn, "person", TimeSpan.FromHours(1), "stamp", default);
        var live = await halfAnHourAgo.IssueAsync(CredentialKind.SignIn, "person", TimeSpan.FromHours(1), "stamp", default);
        var owner = await twoHoursAgo.IssueAsync(CredentialKind.Owner, "person", default);
        var coop = await twoHoursAgo.IssueAsync(CredentialKind.Coop, "coop", default);

        var first = await world.RunAsync();
        var second = await world.RunAsync();

        Assert.Equal(1, first["credentials (expired codes)"]);
        Assert.Equal(0, second["credentials (expired codes)"]);
        Assert.Null(await halfAnHourAgo.FindAsync(expired, default));
        foreach (var kept in new[] { live, owner, coop })
        {
            Assert.NotNull(await halfAnHourAgo.FindAsync(kept, default));
        }

        Assert.Equal(3, (await world.KeysAsync(StorageNames.CredentialsTable)).Count);
    }
}
