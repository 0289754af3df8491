using System.Net;
using Matchmaker.Profiles;
using Matchmaker.Profiles.PersonalData;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// Random sequences of answers, withdrawals, erasures and redelivered or parallel steps for one pair (a fixed seed,
/// so a failure replays): contacts go out only when both said yes and the person still agreed and existed at
/// that moment, and each side gets at most one introduction email.
/// </summary>
public sealed class ConsentSequenceTests(OutboxWorld world) : IClassFixture<OutboxWorld>
{
    private static readonly string[] Actions = ["person-accept", "person-decline", "coop-accept", "coop-decline", "withdraw", "erase", "step", "step", "step", "parallel-steps"];

    [Fact]
    public async Task Contacts_cross_only_with_both_yeses_and_consent_at_send_time_and_at_most_once()
    {
        var random = new Random(20261128);
        var introductionsMade = 0;
        for (var sequence = 0; sequence < 100; sequence++)
        {
            var introduced = await world.ApprovedAsync();
            await world.AdvanceAsync(introduced.IntroductionId);
            var asked = world.MailsOf(introduced.IntroductionId);
            var tokens = new Dictionary<string, string>
            {
                ["person"] = asked.Single(m => m.EmailKey == "ask-person").Token,
                ["coop"] = asked.Single(m => m.EmailKey == "ask-coop").Token,
            };
            var answers = new Dictionary<string, string>();
            var (withdrawn, erased) = (false, false);
            var steps = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                var action = Actions[random.Next(Actions.Length)];
                steps.Add(action);
                switch (action)
                {
                    case not ("step" or "parallel-steps") when erased:
                        // Gone with the person, tokens included: answering would only be a link that is not
                        // valid, which the throttle counts against the test's one address.
                        break;
                    case "withdraw":
                        var profiles = world.App.Services.GetRequiredService<ProfileStore>();
                        var profile = (await profiles.FindAsync(introduced.ProfileId, default))!;
                        profile.ConsentIntroductions = false;
                        await profiles.UpsertAsync(profile, default);
                        withdrawn = true;
                        break;
                    case "erase":
                        await world.App.Services.GetRequiredService<PersonalDataInventory>().EraseAsync(introduced.ProfileId, default);
                        erased = true;
                        break;
                    case "step" or "parallel-steps":
                        var before = Connected(introduced.IntroductionId);
                        await (action == "step"
                            ? world.AdvanceAsync(introduced.IntroductionId)
                            : Task.WhenAll(world.AdvanceAsync(introduced.IntroductionId), world.AdvanceAsync(introduced.IntroductionId)));
                        if (Connected(introduced.IntroductionId) > before)
                        {
                            introductionsMade++;
                            Assert.True(
                                answers.GetValueOrDefault("person") == "accept" && answers.GetValueOrDefault("coop") == "accept" && !withdrawn && !erased,
                                $"contacts were sent after: {string.Join(", ", steps)}");
                        }

                        break;
                    default:
                        var (side, answer) = (action.Split('-')[0], action.Split('-')[1]);
                        var response = await world.RespondAsync(introduced.IntroductionId, tokens[side], answer);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            Assert.False(answers.ContainsKey(side), $"{side} answered twice: {string.Join(", ", steps)}");
                            answers[side] = answer;
                        }

                        break;
                }
            }

            var connected = world.MailsOf(introduced.IntroductionId).Where(m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal)).ToList();
            Assert.True(connected.Count(m => m.EmailKey == "connected-person") <= 1 && connected.Count(m => m.EmailKey == "connected-coop") <= 1, string.Join(", ", steps));
        }

        // The sequences reach introductions too, so the checks above were not vacuous.
        Assert.True(introductionsMade > 0, "no sequence led to an introduction");
    }

    private int Connected(string introductionId) =>
        world.MailsOf(introductionId).Count(m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal));
}
