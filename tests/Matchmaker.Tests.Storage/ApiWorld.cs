using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Storage.Queues;
using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage;

/// <summary>
/// An app over a storage account of its own in the shared Azurite, with a coordinator key, and helpers to create the actors of a test:
/// newcomers (owner tokens), co-ops (keys) and their needs.
/// </summary>
public class ApiWorld : IAsyncLifetime
{
    public const string CoordinatorKey = "test-coordinator-key-0123456789abcdef";

    private readonly string[] settings;
    private string storage = null!;
    private AzuriteProcess? ownAzurite;

    public ApiWorld()
        : this([])
    {
    }

    /// <summary>With extra settings for the app (internal: xunit builds fixtures through the one public constructor).</summary>
    internal ApiWorld(params string[] settings) => this.settings = settings;

    public StandaloneApp App { get; private set; } = null!;

    public string StorageConnectionString => storage;

    public virtual async Task InitializeAsync()
    {
        if (HasOwnAzurite)
        {
            ownAzurite = await AzuriteProcess.StartAsync();
            storage = ownAzurite.ConnectionString;
        }
        else
        {
            storage = await SharedAzurite.NewAccountAsync();
        }

        App = await StandaloneApp.StartAsync(storage, ConfigureServices, [$"--Matchmaker:CoordinatorKey={CoordinatorKey}", .. Settings, .. settings]);
    }

    /// <summary>
    /// True for a world that keeps Azurite busy for long (thousands of requests): it gets an Azurite process of
    /// its own, so its load does not slow the other worlds' storage (Azurite serves all its accounts on one thread).
    /// </summary>
    protected virtual bool HasOwnAzurite => false;

    /// <summary>
    /// Retrain requests stay queued here: training would take a core for seconds and make a model live mid-test.
    /// An erasure's sweep comes after seconds rather than minutes, so queues drain within a test, but not
    /// before a test has written what a run under way at the erasure would write after it.
    /// </summary>
    protected virtual IEnumerable<string> Settings =>
        [$"--AzureWebJobs.{nameof(Matchmaker.Ranking.TrainModel)}.Disabled=true", "--Matchmaker:Matching:ErasureSweepDelay=00:00:10"];

    /// <summary>Registrations that replace the app's own, such as a clock the test moves.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (ownAzurite is not null)
        {
            await ownAzurite.DisposeAsync();
        }
    }

    /// <summary>Waits until no profile or need message is waiting or in flight: matching has settled.</summary>
    public async Task DrainedAsync()
    {
        var queues = App.Services.GetRequiredService<QueueServiceClient>();
        foreach (var name in new[] { StorageNames.ProfileUpdatesQueue, StorageNames.NeedUpdatesQueue })
        {
            await Eventually.TrueAsync(async () => (await queues.GetQueueClient(name).GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, $"{name} is drained");
        }
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = body is HttpContent content ? content : JsonContent.Create(body, body.GetType());
        }

        return App.Client.SendAsync(request);
    }

    public async Task<ProfileCreated> CreateProfileAsync(ProfileInput? input = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/profiles", null, input ?? TestProfiles.Valid());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
    }

    /// <summary>A profile confirmed with the code from its email, so it is active.</summary>
    public async Task<ProfileCreated> CreateConfirmedProfileAsync(ProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var created = await CreateProfileAsync(input);
        var response = await SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(App.Outbox.LatestCode(input.Email!)));
        response.EnsureSuccessStatusCode();
        return created;
    }

    public async Task<CoopCreated> CreateCoopAsync(string name = "Test Co-op")
    {
        var response = await SendAsync(HttpMethod.Post, "/api/coops", CoordinatorKey, new CoopInput(name, "hello@coop.example.org", "Leeds", "GB"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CoopCreated>())!;
    }

    public async Task<string> CreateNeedAsync(string coopKey, NeedInput? input = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/needs", coopKey, input ?? ValidNeed());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<NeedCreated>())!.Id;
    }

    /// <summary>A body for POST /api/needs/{id}/close, which must say why the need closes.</summary>
    public static CloseNeedInput Closing(string reason = NeedCloseReasons.NoLongerNeeded, string? note = null) => new(reason, note);

    public static NeedInput ValidNeed() => new(
        "Project owner",
        "Bring in and run client work.",
        [new SkillInput("sales", "working")],
        [new SkillInput("PHP", null)],
        ["JavaScript"],
        new DayRateInput(125, 375, "GBP"),
        2,
        26,
        new LocationInput("London", "GB", "remote-ok"),
        1);
}
