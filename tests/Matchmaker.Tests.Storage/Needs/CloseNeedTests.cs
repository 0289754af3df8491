using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>
/// POST /api/needs/{id}/close with the co-op's reason and note: a body without a known reason, or with a
/// note too long, is refused naming the field and stores nothing; an accepted one is kept on the need and
/// shown in every view of it the co-op gets, and a need closed before reasons were asked still reads.
/// </summary>
public sealed class CloseNeedTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"reason":null,"note":"We are done."}""")]
    [InlineData("""{"reason":"found-a-unicorn"}""")]
    [InlineData("""{"reason":"Filled"}""")]
    [InlineData("""{"reason":"closed"}""")]
    public async Task A_close_without_a_known_reason_answers_400_naming_reason_and_stores_nothing(string body)
    {
        var coop = await world.CreateCoopAsync("Reasonless Co-op");
        var need = await world.CreateNeedAsync(coop.Key);

        var response = await CloseAsync(coop.Key, need, body);

        await AssertRefusedNamingAsync(response, "reason");
        await AssertStillOpenAsync(coop.Key, need);
    }

    [Fact]
    public async Task A_note_over_500_characters_answers_400_naming_note_and_stores_nothing()
    {
        var coop = await world.CreateCoopAsync("Wordy Co-op");
        var need = await world.CreateNeedAsync(coop.Key);

        var response = await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", coop.Key, ApiWorld.Closing(NeedCloseReasons.Filled, new string('a', 501)));

        await AssertRefusedNamingAsync(response, "note");
        await AssertStillOpenAsync(coop.Key, need);
    }

    [Theory]
    [InlineData("""{"reason":"other","note":"Bell\u0007"}""", "note")]
    [InlineData("""{"reason":"other","note":42}""", "note")]
    [InlineData("""{"reason":"other","closedAt":"2026-12-02T00:00:00Z"}""", "closedAt")]
    public async Task A_note_with_control_characters_a_note_of_the_wrong_type_or_a_server_owned_field_answers_400_naming_it(string body, string field)
    {
        var coop = await world.CreateCoopAsync("Odd Body Co-op");
        var need = await world.CreateNeedAsync(coop.Key);

        await AssertRefusedNamingAsync(await CloseAsync(coop.Key, need, body), field);
        await AssertStillOpenAsync(coop.Key, need);
    }

    [Fact]
    public async Task The_reason_and_note_are_stored_and_shown_in_every_view_the_coop_gets()
    {
        var coop = await world.CreateCoopAsync("Filled Elsewhere Co-op");
        var need = await world.CreateNeedAsync(coop.Key);
        var other = await world.CreateNeedAsync(coop.Key);
        // The longest note allowed, with a line break, kept exactly as sent.
        var note = "A member's cousin took it on.\n" + new string('x', NeedValidator.MaxCloseNote - 30);
        Assert.Equal(NeedValidator.MaxCloseNote, note.Length);

        var closed = await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", coop.Key, ApiWorld.Closing(NeedCloseReasons.FilledElsewhere, note));

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.NotNull(closed.Headers.ETag);
        var answered = (await closed.Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal((NeedStatus.Closed, "filled-elsewhere", note), (answered.Status, answered.ClosedBecause, answered.CloseNote));
        var read = (await (await world.SendAsync(HttpMethod.Get, $"/api/needs/{need}", coop.Key)).Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal(("filled-elsewhere", note), (read.ClosedBecause, read.CloseNote));
        var own = await OwnNeedsAsync(coop.Key);
        Assert.Equal(("filled-elsewhere", note, "closed"), (Text(own[need], "closedBecause"), Text(own[need], "closeNote"), Text(own[need], "closedReason")));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (own[other].GetProperty("closedBecause").ValueKind, own[other].GetProperty("closeNote").ValueKind));

        var stored = (await world.App.Services.GetRequiredService<NeedStore>().FindAsync(need, default))!;
        Assert.Equal((NeedStatus.ClosedByCoop, NeedCloseReasons.FilledElsewhere, note), (stored.ClosedReason, stored.ClosedBecause, stored.CloseNote));
    }

    [Fact]
    public async Task Closing_a_closed_need_again_keeps_the_first_reason_and_no_note_is_stored_as_null()
    {
        var coop = await world.CreateCoopAsync("Twice Closed Co-op");
        var need = await world.CreateNeedAsync(coop.Key);

        var first = await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", coop.Key, ApiWorld.Closing(NeedCloseReasons.Filled, "   "));
        var second = await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", coop.Key, ApiWorld.Closing(NeedCloseReasons.Other, "Changed our minds."));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var shown = (await second.Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal(("filled", (string?)null, 2), (shown.ClosedBecause, shown.CloseNote, shown.Version));
    }

    [Fact]
    public async Task Another_coops_need_answers_404_to_a_valid_close_and_stays_open()
    {
        var coop = await world.CreateCoopAsync("Owner Co-op");
        var other = await world.CreateCoopAsync("Meddling Co-op");
        var need = await world.CreateNeedAsync(coop.Key);

        var response = await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", other.Key, ApiWorld.Closing(NeedCloseReasons.Filled));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertStillOpenAsync(coop.Key, need);
    }

    [Fact]
    public async Task A_need_closed_before_reasons_were_asked_reads_with_no_reason_and_no_note()
    {
        var coop = await world.CreateCoopAsync("Old Row Co-op");
        var need = await world.CreateNeedAsync(coop.Key);
        // The row as an older version of the app wrote it on closing: no ClosedBecause or CloseNote columns at all.
        var table = world.App.Services.GetRequiredService<TableServiceClient>().GetTableClient(StorageNames.NeedsTable);
        var row = (await table.GetEntityAsync<TableEntity>(need, NeedEntity.Row)).Value;
        row[nameof(NeedEntity.Status)] = NeedStatus.Closed;
        row[nameof(NeedEntity.ClosedReason)] = NeedStatus.ClosedByCoop;
        row[nameof(NeedEntity.ClosedAt)] = DateTimeOffset.UtcNow;
        Assert.False(row.ContainsKey(nameof(NeedEntity.ClosedBecause)) || row.ContainsKey(nameof(NeedEntity.CloseNote)));
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var read = await world.SendAsync(HttpMethod.Get, $"/api/needs/{need}", coop.Key);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var view = (await read.Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal((NeedStatus.Closed, (string?)null, (string?)null), (view.Status, view.ClosedBecause, view.CloseNote));
        var own = await OwnNeedsAsync(coop.Key);
        Assert.Equal(JsonValueKind.Null, own[need].GetProperty("closedBecause").ValueKind);
    }

    private Task<HttpResponseMessage> CloseAsync(string key, string need, string body) =>
        world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", key, body.Length == 0 ? null : new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task AssertRefusedNamingAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}: {errors}");
        Assert.Single(errors.EnumerateObject());
    }

    // Open, at the version it was posted at, with nothing of a close on it: the refused close wrote nothing.
    private async Task AssertStillOpenAsync(string key, string need)
    {
        var stored = (await world.App.Services.GetRequiredService<NeedStore>().FindAsync(need, default))!;
        Assert.Equal((NeedStatus.Open, 1, (string?)null, (string?)null, (string?)null), (stored.Status, stored.Version, stored.ClosedReason, stored.ClosedBecause, stored.CloseNote));
        Assert.Null(stored.ClosedAt);
        var view = (await (await world.SendAsync(HttpMethod.Get, $"/api/needs/{need}", key)).Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal((NeedStatus.Open, (string?)null, (string?)null), (view.Status, view.ClosedBecause, view.CloseNote));
    }

    private async Task<Dictionary<string, JsonElement>> OwnNeedsAsync(string key)
    {
        var response = await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!.ToDictionary(n => n.GetProperty("id").GetString()!, StringComparer.Ordinal);
    }

    private static string? Text(JsonElement json, string property) => json.GetProperty(property).GetString();
}
