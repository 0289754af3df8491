using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Tests.Storage;

/// <summary>An <see cref="ApiWorld"/> whose app has trained its bootstrap model, so needs and profiles are matched.</summary>
public class MatchingWorld : ApiWorld
{
    public SuggestionStore Suggestions => App.Services.GetRequiredService<SuggestionStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.Services.GetServices<IHostedService>().OfType<ModelBootstrapper>().Single().Completion;
    }

    protected override IEnumerable<string> Settings => [.. base.Settings, "--Matchmaker:TrainBootstrapModel=true", .. MatchingSettings];

    protected virtual IEnumerable<string> MatchingSettings => [];

    /// <summary>A fictional newcomer with the given skills, confirmed (so matched), with an address of their own.</summary>
    public Task<ProfileCreated> CreateConfirmedProfileAsync(string name, params SkillInput[] skills) =>
        CreateConfirmedProfileAsync(name, new ConsentInput(Matching: true, Introductions: true, Training: true), skills);

    public async Task<ProfileCreated> CreateConfirmedProfileAsync(string name, ConsentInput consent, params SkillInput[] skills)
    {
        var email = $"{EntityId.New()}@example.org";
        var created = await CreateProfileAsync(TestProfiles.Valid(skills) with { Name = name, Email = email, Consent = consent });
        var response = await SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(App.Outbox.LatestCode(email)));
        response.EnsureSuccessStatusCode();
        return created;
    }

    /// <summary>Waits until the need's suggestions satisfy <paramref name="condition"/>, and returns them best first.</summary>
    public async Task<List<SuggestionEntity>> SuggestionsOfNeedAsync(string needId, Func<List<SuggestionEntity>, bool> condition, string what)
    {
        await Eventually.TrueAsync(async () => condition(await Suggestions.OfNeedAsync(needId, default)), what);
        return [.. (await Suggestions.OfNeedAsync(needId, default)).OrderBy(s => s.Rank)];
    }
}
