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
/// An app with its bootstrap model live and a fictional network shaped like the seed thread: a newcomer
/// (expert Linux, advanced WordPress, community organising, co-op development; 3 days; GBP 2,080 a month;
/// wants to learn JavaScript), the needs the thread names, and another person whose data must never show.
/// </summary>
public sealed class AdviceWorld : IAsyncLifetime
{
    public ApiWorld Api { get; } = new("--Matchmaker:TrainBootstrapModel=true");

    public ProfileInput NewcomerInput { get; } = TestProfiles.Valid(
        new SkillInput("Linux", "expert"), new SkillInput("WordPress", "advanced"), new SkillInput("community organising", "advanced"), new SkillInput("co-operative development", "expert")) with
    {
        Name = "Robin Fictional",
        Email = "robin@example.org",
        Bio = "Years of Linux and WordPress work; organises co-op events.",
        Interests = ["co-operative development", "video"],
        WantsToLearn = ["JavaScript"],
    };

    public ProfileInput OtherInput { get; } = TestProfiles.Valid(new SkillInput("React", "expert"), new SkillInput("JavaScript", "expert")) with { Name = "Kit Otherperson", Email = "kit@example.org" };

    public ProfileCreated Newcomer { get; private set; } = null!;

    public ProfileCreated Other { get; private set; } = null!;

    public CoopCreated Hedgerow { get; private set; } = null!;

    public CoopCreated Brambleworks { get; private set; } = null!;

    public string ProjectOwner { get; private set; } = null!;

    public string HostingSupport { get; private set; } = null!;

    public string Coordinator { get; private set; } = null!;

    public string React { get; private set; } = null!;

    public string WordPressJs { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await Api.App.Services.GetServices<IHostedService>().OfType<ModelBootstrapper>().Single().Completion;
        Hedgerow = await CoopAsync("Hedgerow Digital Fictional");
        Brambleworks = await CoopAsync("Brambleworks Fictional");
        var fernhost = await CoopAsync("Fernhost Fictional");
        var network = await CoopAsync("Network Fictional");
        ProjectOwner = await NeedAsync(Hedgerow, "Project owner", "Find and sell client work for our web team, using your co-op sector connections.", [new("co-operative development", "advanced")], new(125, 375, "GBP"), 2, ["sales"]);
        HostingSupport = await NeedAsync(fernhost, "Client support for hosting", "Help clients start on our Nextcloud hosting.", [new("Linux", "working"), new("Nextcloud", "working")], new(180, 180, "GBP"), 2);
        Coordinator = await NeedAsync(network, "Network coordinator", "Coordinate the network's members; not funded yet.", [new("community organising", "working"), new("co-operative development", "working")], null, 1);
        React = await NeedAsync(Brambleworks, "Senior React developer", "Senior front-end developer for React and JavaScript single-page apps.", [new("React", "expert"), new("JavaScript", "advanced")], new(350, 350, "GBP"), 4, ["JavaScript"]);
        await NeedAsync(network, "Video maker", "Short films about co-ops.", [new("video production", "advanced")], new(200, 200, "GBP"), 1);
        await NeedAsync(network, "Bid writer", "Write bids with partner co-ops.", [new("bid writing", "advanced")], new(220, 220, "GBP"), 1);
        WordPressJs = await NeedAsync(Hedgerow, "WordPress and JavaScript developer", "Build WordPress sites with interactive JavaScript.", [new("WordPress", "advanced"), new("JavaScript", "working")], new(210, 210, "GBP"), 2, ["JavaScript"]);
        Newcomer = await Api.CreateConfirmedProfileAsync(NewcomerInput);
        Other = await Api.CreateConfirmedProfileAsync(OtherInput);
    }

    public Task DisposeAsync() => Api.DisposeAsync();

    private async Task<CoopCreated> CoopAsync(string name)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/coops", ApiWorld.CoordinatorKey, new CoopInput(name, "hello@coop.example.org", "London", "GB"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CoopCreated>())!;
    }

    public Task<string> NeedAsync(CoopCreated coop, string title, string description, SkillInput[] required, DayRateInput? rate, double days, string[]? canTeach = null) =>
        Api.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with
        {
            Title = title,
            Description = description,
            RequiredSkills = required,
            NiceToHaveSkills = [],
            CanTeach = canTeach ?? [],
            DayRate = rate,
            DaysPerWeek = days,
        });
}
