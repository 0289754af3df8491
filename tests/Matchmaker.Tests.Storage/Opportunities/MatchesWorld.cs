using System.Net.Http.Json;
using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Tests.Storage.Opportunities;

/// <summary>
/// An app whose bootstrap model is live, a co-op with a React and TypeScript need, a bookkeeping need and
/// an unpaid one, a React and TypeScript developer, and another person whose data must never show.
/// </summary>
public sealed class MatchesWorld : IAsyncLifetime
{
    public const string CoopEmail = "jobs@react-coop.example.org";

    public ApiWorld Api { get; } = new("--Matchmaker:TrainBootstrapModel=true");

    public CoopCreated Coop { get; private set; } = null!;

    public string ReactNeed { get; private set; } = null!;

    public string BookkeepingNeed { get; private set; } = null!;

    public string UnpaidNeed { get; private set; } = null!;

    public ProfileInput DeveloperInput { get; } = TestProfiles.Valid(new SkillInput("React", "advanced"), new SkillInput("TypeScript", "advanced")) with
    {
        Name = "Riley Developer",
        Email = "riley@example.org",
        Bio = "Front-end developer: React and TypeScript single-page apps.",
    };

    public ProfileInput OtherInput { get; } = TestProfiles.Valid(new SkillInput("React", "expert")) with { Name = "Morgan Other", Email = "morgan@example.org" };

    public ProfileCreated Developer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        // Before anything asks for the model: the live model is cached, a "none yet" answer included.
        await Api.App.Services.GetServices<IHostedService>().OfType<ModelBootstrapper>().Single().Completion;
        var response = await Api.SendAsync(HttpMethod.Post, "/api/coops", ApiWorld.CoordinatorKey, new CoopInput("React Co-op", CoopEmail, "Leeds", "GB"));
        response.EnsureSuccessStatusCode();
        Coop = (await response.Content.ReadFromJsonAsync<CoopCreated>())!;
        ReactNeed = await Api.CreateNeedAsync(Coop.Key, Need(
            "React and TypeScript front end", "Build a React single-page app in TypeScript.", [new("React", "advanced"), new("TypeScript", "working")], new DayRateInput(250, 250, "GBP"), 2));
        BookkeepingNeed = await Api.CreateNeedAsync(Coop.Key, Need(
            "Bookkeeper", "Keep the co-op's books and reconcile the bank.", [new("bookkeeping", "advanced")], new DayRateInput(100, 200, "GBP"), 1));
        UnpaidNeed = await Api.CreateNeedAsync(Coop.Key, Need(
            "Volunteer mentor", "Mentor newcomers learning web development.", [new("JavaScript", "working")], null, 1));
        Developer = await Api.CreateConfirmedProfileAsync(DeveloperInput);
        await Api.CreateConfirmedProfileAsync(OtherInput);
    }

    public Task DisposeAsync() => Api.DisposeAsync();

    public static NeedInput Need(string title, string description, SkillInput[] required, DayRateInput? rate, double days) =>
        ApiWorld.ValidNeed() with { Title = title, Description = description, RequiredSkills = required, NiceToHaveSkills = [], CanTeach = [], DayRate = rate, DaysPerWeek = days };
}
