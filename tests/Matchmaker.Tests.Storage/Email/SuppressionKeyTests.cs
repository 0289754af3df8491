using Azure.Storage.Blobs;
using Matchmaker.Email.Unsubscribe;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// The key on its own, without fingerprints (the constructor tests of hashing parts use), on an account of its
/// own: a generated key in the shared one would stand as the key its apps' hashes were made with.
/// SuppressionKeyChangeTests checks the app's key with its fingerprint.
/// </summary>
public sealed class SuppressionKeyTests : IAsyncLifetime
{
    private string storage = null!;

    public async Task InitializeAsync() => storage = await SharedAzurite.NewAccountAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Without_a_configured_key_one_random_key_is_generated_and_every_instance_reads_the_same()
    {
        var blobs = new BlobServiceClient(storage);
        using var first = new SuppressionKey(Options.Create(new Matchmaker.Email.EmailOptions()), blobs);
        using var second = new SuppressionKey(Options.Create(new Matchmaker.Email.EmailOptions()), blobs);

        var keys = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).GetAsync(CancellationToken.None).AsTask()));

        Assert.Equal(32, keys[0].Length);
        Assert.All(keys, key => Assert.Equal(keys[0], key));
        var hashA = await new AddressHasher(first).HashAsync("Sam@Example.org ", CancellationToken.None);
        var hashB = await new AddressHasher(second).HashAsync("sam@example.org", CancellationToken.None);
        Assert.Equal(hashA, hashB);
        Assert.Matches("^[0-9a-f]{64}$", hashA);
    }

    [Fact]
    public async Task A_configured_key_is_used_instead_and_gives_other_hashes_and_a_short_one_is_refused()
    {
        var blobs = new BlobServiceClient(storage);
        using var configured = new SuppressionKey(Options.Create(new Matchmaker.Email.EmailOptions { SuppressionKey = new string('k', 32) }), blobs);
        using var generated = new SuppressionKey(Options.Create(new Matchmaker.Email.EmailOptions()), blobs);
        using var tooShort = new SuppressionKey(Options.Create(new Matchmaker.Email.EmailOptions { SuppressionKey = "short" }), blobs);

        var a = await new AddressHasher(configured).HashAsync("sam@example.org", CancellationToken.None);
        var b = await new AddressHasher(generated).HashAsync("sam@example.org", CancellationToken.None);

        Assert.NotEqual(a, b);
        await Assert.ThrowsAsync<Matchmaker.Email.Keys.SuppressionKeyException>(() => tooShort.GetAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task The_confirm_page_encodes_the_token_it_puts_in_the_form()
    {
        var context = new DefaultHttpContext();

        var page = await new UnsubscribePages(TestTemplates.Pages()).ConfirmAsync(context.Request, "\"><script>alert(1)</script>");

        Assert.DoesNotContain("<script", page.Content!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\">", page.Content!.Split("action=\"")[1].Split('"')[0], StringComparison.Ordinal);
        Assert.Equal(Matchmaker.Platform.Http.HtmlPage.ContentSecurityPolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
    }
}
