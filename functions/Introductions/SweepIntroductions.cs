using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>
/// Every hour, queues the open introductions that may have something due: a message lost after an approval,
/// a reminder or a deadline further off than a queue message can wait (seven days); and makes the introduction
/// of an approval whose request broke off before it was made.
/// </summary>
public sealed class SweepIntroductions(IntroductionSweep sweep)
{
    [Function(nameof(SweepIntroductions))]
    public Task Run([TimerTrigger("0 17 * * * *")] TimerInfo timer, CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
