using System.Net;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>An answer through an email's link whose write reached storage but whose answer from storage was lost.</summary>
public sealed class LostAnswerTests(LossyAnswerWorld world) : IClassFixture<LossyAnswerWorld>
{
    // The SDK's retry of the write meets the ETag the write itself changed (412); read again, the introduction
    // holds this very answer. It is recorded, and the connecting emails go now, not at the reminder's time.
    [Fact]
    public async Task The_second_yes_whose_answer_from_storage_was_lost_is_recorded_and_connects_both_sides_at_once()
    {
        var introduced = await world.ApprovedAsync("Sam Lossy", "Lossy Co-op", "Lossy hosting");
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, Assert.Single(asked, m => m.To == introduced.PersonEmail).Token, "accept")).StatusCode);
        world.LostAnswer.Arm();

        var coop = await world.RespondAsync(introduced.IntroductionId, Assert.Single(asked, m => m.To == introduced.CoopEmail).Token, "accept");

        Assert.True(world.LostAnswer.Fired);
        Assert.Equal(HttpStatusCode.OK, coop.StatusCode);
        var all = await world.MailsAsync(introduced.IntroductionId, m => m.Count(x => x.EmailKey!.StartsWith("connected-", StringComparison.Ordinal)) == 2, "both sides are connected");
        Assert.Equal(4, all.Count);
    }
}
