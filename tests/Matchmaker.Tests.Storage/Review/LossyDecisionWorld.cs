using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using Matchmaker.Tests.Storage.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Review;

/// <summary>A <see cref="MatchingWorld"/> whose table client can lose the answer of the next write to a suggestion, when a test arms it.</summary>
public sealed class LossyDecisionWorld : MatchingWorld
{
    public LoseFirstAnswer LostDecision { get; } = new(RequestMethod.Put, StorageNames.SuggestionsTable, armed: false);

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        var options = new TableClientOptions { Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(20) } };
        options.AddPolicy(LostDecision, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(StorageConnectionString, options));
    }
}
