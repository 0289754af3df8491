using Xunit.Abstractions;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// Twenty queue messages in flight when storage is cut off (see <see cref="InFlightOutageWorld"/>): once it
/// returns, nothing is lost, repeated or poisoned, and each introduction asks both sides exactly once.
/// </summary>
[Trait("Category", "Chaos")]
[Collection(ChaosRunsOneAtATime.Name)]
public sealed class InFlightOutageTests(InFlightOutageWorld world, ITestOutputHelper output) : IClassFixture<InFlightOutageWorld>
{
    [Fact]
    public void Twenty_introductions_cut_off_from_storage_mid_processing_lose_no_write_repeat_no_email_and_poison_nothing()
    {
        output.WriteLine($"asks gone before the cut: {world.GoneBeforeCut}\n{string.Join('\n', world.Verdict.Figures.Select(figure => $"{figure.Name}: {figure.Value}"))}");

        Assert.True(world.Verdict.Problems.Count == 0, string.Join('\n', world.Verdict.Problems) + world.AppOutput);
        // The cut came mid-processing: some asks had gone, not all.
        Assert.InRange(world.GoneBeforeCut, 1, (2 * InFlightOutageWorld.Introductions) - 1);
        Assert.All(world.Asks.GroupBy(mail => (mail.Subject, mail.Key)), ask => Assert.Single(ask));
    }

    [Fact(Skip = "Fails today: a claim of an outbox row (pending to sending) that reaches storage but whose answer "
        + "is lost when storage is cut off leaves the row 'sending' with no email sent, and no run sends it later "
        + "(EmailOutbox.TryClaimAsync recognises its own claim only on a 412, not after an outage); see docs/reliability.md")]
    public void Twenty_introductions_cut_off_from_storage_mid_processing_ask_each_side_exactly_once()
    {
        Assert.Equal(InFlightOutageWorld.Introductions, world.Asks.Select(mail => mail.Subject).Distinct().Count());
        Assert.Equal(2 * InFlightOutageWorld.Introductions, world.Asks.Count);
        Assert.DoesNotContain(world.Verdict.Figures, figure => figure.Name.StartsWith("emails left sending", StringComparison.Ordinal) && figure.Value != "0");
    }
}
