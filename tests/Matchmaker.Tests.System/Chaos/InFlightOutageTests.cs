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

    // An outbox claim that reached storage just before the cut is read back once storage returns (the outbox
    // waits about half a minute for it), so its email is sent by its own run rather than left "sending".
    [Fact]
    public void Twenty_introductions_cut_off_from_storage_mid_processing_ask_each_side_exactly_once()
    {
        Assert.Equal(InFlightOutageWorld.Introductions, world.Asks.Select(mail => mail.Subject).Distinct().Count());
        Assert.Equal(2 * InFlightOutageWorld.Introductions, world.Asks.Count);
        Assert.DoesNotContain(world.Verdict.Figures, figure => figure.Name.StartsWith("emails left sending", StringComparison.Ordinal) && figure.Value != "0");
    }
}
