using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using Matchmaker.Tests.Storage.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>An <see cref="IntroductionWorld"/> whose table client can lose the answer of the next write to an introduction, when a test arms it.</summary>
public sealed class LossyAnswerWorld : IntroductionWorld
{
    public LoseFirstAnswer LostAnswer { get; } = new(RequestMethod.Put, StorageNames.IntroductionsTable, armed: false);

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        var options = new TableClientOptions { Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(20) } };
        options.AddPolicy(LostAnswer, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(StorageConnectionString, options));
    }
}
