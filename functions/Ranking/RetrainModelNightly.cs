using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Ranking;

/// <summary>
/// Every night at 03:00 UTC, asks for a retrain through the same queue as the API, so one function does
/// all training and a failed run is retried like any queue message.
/// </summary>
public sealed class RetrainModelNightly(RetrainJobs jobs)
{
    public const string Schedule = "0 0 3 * * *";

    [Function(nameof(RetrainModelNightly))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.QueueAsync(ModelRequester.Nightly, cancellationToken);
}
