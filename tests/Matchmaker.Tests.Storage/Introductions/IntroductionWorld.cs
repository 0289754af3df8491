using System.Net;
using System.Net.Http.Json;
using Matchmaker.Coops;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Review;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// The app with SendGrid pointed at a WireMock.Net stand-in that accepts every email unless a test says
/// otherwise, and helpers that set up an approved suggestion (written straight to storage, approved
/// through the API, so the introduction starts as a coordinator starts it).
/// </summary>
public class IntroductionWorld : ApiWorld
{
    public const string CoordinatorEmail = "coordinators@network.example.org";

    public WireMockServer SendGrid { get; } = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });

    public IntroductionStore Introductions => App.Services.GetRequiredService<IntroductionStore>();

    protected override IEnumerable<string> Settings =>
    [
        .. base.Settings,
        "--Matchmaker:Email:SendGridApiKey=SG.test-key",
        $"--Matchmaker:Email:SendGridHost={SendGrid.Url}",
        "--Matchmaker:Email:AttemptTimeout=00:00:03",
        "--Matchmaker:Email:MaxSendsPerSecond=50",
        $"--Matchmaker:Introductions:CoordinatorEmail={CoordinatorEmail}",
        .. IntroductionSettings,
    ];

    protected virtual IEnumerable<string> IntroductionSettings => [];

    public override async Task InitializeAsync()
    {
        SendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).AtPriority(100).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted));
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SendGrid.Stop();
        SendGrid.Dispose();
    }

    /// <summary>Every email SendGrid was asked to send for the introduction, in order.</summary>
    public IReadOnlyList<SentMail> MailsOf(string introductionId) =>
        [.. SendGrid.LogEntries
            .Where(e => e.RequestMessage.Path == "/v3/mail/send" && e.RequestMessage.Body is { } body && body.Contains(introductionId, StringComparison.Ordinal))
            .Select(e => SentMail.Parse(e.RequestMessage.Body!, e.RequestMessage.DateTime))
            .OrderBy(m => m.At)];

    public Task<IReadOnlyList<SentMail>> MailsAsync(string introductionId, Func<IReadOnlyList<SentMail>, bool> condition, string what) =>
        WaitAsync(() => MailsOf(introductionId), condition, what);

    public async Task<IntroductionEntity> IntroductionAsync(string id, Func<IntroductionEntity, bool> condition, string what)
    {
        IntroductionEntity? found = null;
        await Eventually.TrueAsync(async () => (found = await Introductions.FindAsync(id, default)) is { } i && condition(i), what);
        return found!;
    }

    /// <summary>A co-op, its open need, an active newcomer who agrees to introductions, and their pending suggestion, approved.</summary>
    public async Task<Introduced> ApprovedAsync(string personName = "Robin Example", string coopName = "Example Tech Co-op", string needTitle = "Hosting support", string? note = "You both run Nextcloud.")
    {
        var introduced = await SuggestedAsync(personName, coopName, needTitle);
        var response = await SendAsync(HttpMethod.Post, $"/api/suggestions/{introduced.SuggestionId}/approve", CoordinatorKey, new ApproveInput(note));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return introduced;
    }

    public async Task<Introduced> SuggestedAsync(string personName = "Robin Example", string coopName = "Example Tech Co-op", string needTitle = "Hosting support")
    {
        var tables = App.Services.GetRequiredService<Azure.Data.Tables.TableServiceClient>();
        var coop = new CoopEntity { PartitionKey = EntityId.New(), Name = coopName, ContactEmail = $"hello-{EntityId.New()}@coop.example.org", City = "Leeds", Country = "GB" };
        await new CoopStore(tables).UpsertAsync(coop, default);
        var need = new NeedEntity { PartitionKey = EntityId.New(), CoopId = coop.Id };
        NeedMapper.Apply(ApiWorld.ValidNeed(), need);
        need.Title = needTitle;
        await new NeedStore(tables).UpsertAsync(need, default);
        var email = $"person-{EntityId.New()}@example.org";
        var profile = TestProfiles.Entity(EntityId.New(), ProfileStatus.Active, TestProfiles.Valid() with { Email = email });
        profile.Name = personName;
        await new ProfileStore(tables).UpsertAsync(profile, default);
        await new SuggestionStore(tables).WriteNeedAsync(
            [new SuggestionEntity
            {
                PartitionKey = SuggestionEntity.NeedPartition(need.Id),
                RowKey = profile.Id,
                NeedId = need.Id,
                ProfileId = profile.Id,
                Status = SuggestionStatus.Pending,
                Score = 0.9,
                Rank = 1,
                ReasonsJson = "[\"Holds all required skills: Linux\",\"Can work the 2 days a week asked\"]",
                ModelVersion = "v000001",
            }],
            [],
            [],
            default);
        var suggestionId = SuggestionId.Of(need.Id, profile.Id);
        return new Introduced(IntroductionIds.Of(suggestionId), suggestionId, need.Id, coop.Id, profile.Id, email, coop.ContactEmail);
    }

    public Task<HttpResponseMessage> RespondAsync(string introductionId, string token, string answer) =>
        SendAsync(HttpMethod.Post, $"/api/introductions/{introductionId}/respond", null, new { token, answer });

    public Task<HttpResponseMessage> RespondByFormAsync(string introductionId, string token, string answer) =>
        SendAsync(HttpMethod.Post, $"/api/introductions/{introductionId}/respond", null, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["answer"] = answer }));

    private static async Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> condition, string what)
    {
        await Eventually.TrueAsync(() => Task.FromResult(condition(read())), what);
        return read();
    }
}
