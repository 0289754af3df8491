using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>One-click unsubscribe links (RFC 8058), through the standalone app against Azurite.</summary>
public sealed class UnsubscribeTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private UnsubscribeLinks Links => world.App.Services.GetRequiredService<UnsubscribeLinks>();

    private SuppressionList Suppressions => world.App.Services.GetRequiredService<SuppressionList>();

    private TableClient SuppressionsTable => new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.SuppressionsTable);

    [Fact]
    public async Task A_one_click_post_suppresses_the_address_at_once_and_a_repeat_answers_the_same_with_still_one_row()
    {
        var address = NewAddress();
        var link = await Links.LinkForAsync(address, CancellationToken.None);

        var first = await OneClickAsync(link);
        var second = await OneClickAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("unsubscribed", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(await Suppressions.IsSuppressedAsync(address, CancellationToken.None));
        Assert.True(await Suppressions.IsSuppressedAsync($"  {address.ToUpperInvariant()} ", CancellationToken.None));
        var row = Assert.Single(await RowsOfAsync(address));
        Assert.Equal(SuppressionReasons.Unsubscribed, row.GetString(nameof(SuppressionEntity.Reason)));
    }

    [Fact]
    public async Task A_get_of_the_link_shows_a_confirm_page_with_a_post_button_and_changes_nothing()
    {
        var address = NewAddress();
        var link = await Links.LinkForAsync(address, CancellationToken.None);

        var response = await world.App.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Matchmaker.Platform.Http.HtmlPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\"", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"unsubscribe?token={TokenOf(link)}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.False(await Suppressions.IsSuppressedAsync(address, CancellationToken.None));
        Assert.Empty(await RowsOfAsync(address));
    }

    [Fact]
    public async Task The_confirm_pages_button_unsubscribes_and_answers_a_page()
    {
        var address = NewAddress();
        var link = await Links.LinkForAsync(address, CancellationToken.None);
        var page = new Uri(world.App.Client.BaseAddress!, link.PathAndQuery);
        var html = await world.App.Client.GetStringAsync(page);
        var action = WebUtility.HtmlDecode(html.Split("action=\"")[1].Split('"')[0]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(page, action))
        {
            Content = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await world.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("You are unsubscribed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await Suppressions.IsSuppressedAsync(address, CancellationToken.None));
    }

    [Fact]
    public async Task A_json_body_with_the_token_unsubscribes_too()
    {
        var address = NewAddress();
        var token = TokenOf(await Links.LinkForAsync(address, CancellationToken.None));

        var response = await world.SendAsync(HttpMethod.Post, "/api/unsubscribe", null, new UnsubscribeInput(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Suppressions.IsSuppressedAsync(address, CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_token_answers_404_as_problem_json_or_as_a_page_and_suppresses_nothing()
    {
        var before = await CountAsync();
        var unknown = SecretToken.Create();

        var json = await world.App.Client.PostAsync($"/api/unsubscribe?token={unknown}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        using var htmlRequest = new HttpRequestMessage(HttpMethod.Post, $"/api/unsubscribe?token={unknown}");
        htmlRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var html = await world.App.Client.SendAsync(htmlRequest);
        var page = await world.App.Client.GetAsync($"/api/unsubscribe?token={unknown}");

        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("not valid", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_request_without_a_token_answers_400_naming_the_token_field()
    {
        var response = await world.App.Client.PostAsync("/api/unsubscribe", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        var emptyJson = await world.SendAsync(HttpMethod.Post, "/api/unsubscribe", null, new UnsubscribeInput(null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.BadRequest, emptyJson.StatusCode);
        Assert.True((await emptyJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Links_point_at_the_public_base_url_and_storage_holds_neither_the_address_nor_the_token()
    {
        var address = NewAddress();
        var link = await Links.LinkForAsync(address, CancellationToken.None);
        await OneClickAsync(link);

        Assert.StartsWith("http://localhost:7071/api/unsubscribe?token=", link.AbsoluteUri, StringComparison.Ordinal);
        var token = TokenOf(link);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        var tables = new TableServiceClient(world.StorageConnectionString);
        var stored = new List<string>();
        foreach (var name in new[] { StorageNames.UnsubscribeLinksTable, StorageNames.SuppressionsTable })
        {
            await foreach (var row in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                stored.AddRange(((IDictionary<string, object>)row).Values.Select(v => $"{v}").Append(row.PartitionKey).Append(row.RowKey));
            }
        }

        Assert.Contains(SecretToken.Hash(token), stored);
        Assert.DoesNotContain(stored, text => text.Contains(token, StringComparison.Ordinal) || text.Contains(address, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_email_to_an_address_carries_the_same_link_which_has_one_row()
    {
        var address = NewAddress();

        var first = await Links.LinkForAsync(address, CancellationToken.None);
        var again = await Links.LinkForAsync($" {address.ToUpperInvariant()} ", CancellationToken.None);
        var other = await Links.LinkForAsync(NewAddress(), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(43, TokenOf(first).Length);
        var hash = await world.App.Services.GetRequiredService<AddressHasher>().HashAsync(address, CancellationToken.None);
        var links = new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.UnsubscribeLinksTable);
        var rows = new List<UnsubscribeLinkEntity>();
        await foreach (var row in links.QueryAsync<UnsubscribeLinkEntity>(TableClient.CreateQueryFilter($"AddressHash eq {hash}")))
        {
            rows.Add(row);
        }

        Assert.Equal(SecretToken.Hash(TokenOf(first)), Assert.Single(rows).PartitionKey);
    }

    [Fact]
    public async Task Suppressing_twice_for_different_reasons_keeps_one_row_with_the_first_reason()
    {
        var address = NewAddress();

        await Suppressions.SuppressAsync(address, SuppressionReasons.Bounced, CancellationToken.None);
        await Suppressions.SuppressAsync(address.ToUpperInvariant(), SuppressionReasons.SpamReport, CancellationToken.None);

        var row = Assert.Single(await RowsOfAsync(address));
        Assert.Equal(SuppressionReasons.Bounced, row.GetString(nameof(SuppressionEntity.Reason)));
        Assert.False(await Suppressions.IsSuppressedAsync(NewAddress(), CancellationToken.None));
    }

    private static string NewAddress() => $"{Guid.NewGuid():N}@example.org";

    private static string TokenOf(Uri link) => link.Query["?token=".Length..];

    private Task<HttpResponseMessage> OneClickAsync(Uri link) =>
        world.App.Client.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

    private async Task<List<TableEntity>> RowsOfAsync(string address)
    {
        var hash = await world.App.Services.GetRequiredService<AddressHasher>().HashAsync(address, CancellationToken.None);
        var rows = new List<TableEntity>();
        await foreach (var row in SuppressionsTable.QueryAsync<TableEntity>(e => e.PartitionKey == hash))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<int> CountAsync()
    {
        var count = 0;
        await foreach (var unused in SuppressionsTable.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
