using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A <see cref="MatchingWorld"/> whose table client carries <see cref="OtherWriterFirst"/>, and whose queued
/// need changes are not matched: the tests run the matcher themselves, at the moment the fault is armed.
/// </summary>
public sealed class FaultyMatchingWorld : MatchingWorld
{
    public OtherWriterFirst Fault { get; private set; } = null!;

    protected override IEnumerable<string> MatchingSettings => [$"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true"];

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        Fault = new OtherWriterFirst(StorageConnectionString);
        var options = new TableClientOptions();
        options.AddPolicy(Fault, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(StorageConnectionString, options));
    }
}
