using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Matching;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A <see cref="MatchingWorld"/> whose need-updates messages stay queued (profiles are still indexed and fan
/// out): the tests take them off the queue and hand them to the matcher in the order they choose. A run holds
/// a need for seconds here, so a test can wait out a lease, and a need's read can be made to fail.
/// </summary>
public sealed class QueuedNeedUpdatesWorld : MatchingWorld
{
    public static readonly TimeSpan RunLease = TimeSpan.FromSeconds(2);

    public NeedMatcher Matcher => App.Services.GetRequiredService<NeedMatcher>();

    public NeedRuns Runs => App.Services.GetRequiredService<NeedRuns>();

    public RefusedNeedRead Fault { get; } = new();

    protected override IEnumerable<string> MatchingSettings =>
        [
            $"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true",
            $"--Matchmaker:Matching:RunLease={RunLease}",
            // Every change queues its message here, so the tests can count and order them.
            "--Matchmaker:Matching:QueuedMessageStandsFor=00:00:00",
        ];

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        var options = new TableClientOptions();
        options.AddPolicy(Fault, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(StorageConnectionString, options));
    }

    /// <summary>Waits until every profile change is indexed and fanned out, then takes the queued messages about <paramref name="needId"/> off the queue.</summary>
    public async Task<List<NeedUpdatedMessage>> TakeQueuedAsync(string needId)
    {
        var queues = App.Services.GetRequiredService<QueueServiceClient>();
        await Eventually.TrueAsync(
            async () => (await queues.GetQueueClient(StorageNames.ProfileUpdatesQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            "profile changes are fanned out");
        var queue = queues.GetQueueClient(StorageNames.NeedUpdatesQueue);
        var taken = new List<NeedUpdatedMessage>();
        while ((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } received)
        {
            foreach (var message in received)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                if (QueueJson.TryRead<NeedUpdatedMessage>(message.MessageText) is { } read && read.Id == needId)
                {
                    taken.Add(read);
                }
            }
        }

        return taken;
    }
}
