using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A <see cref="MatchingWorld"/> whose table client carries <see cref="WriteBeforeExpiry"/> and
/// <see cref="WithdrawBeforeTransaction"/>, and whose queued
/// need changes are not matched: the tests run the matcher themselves, at the moment the fault is armed.
/// </summary>
public sealed class FaultyMatchingWorld : MatchingWorld
{
    public WriteBeforeExpiry Fault { get; private set; } = null!;

    public WithdrawBeforeTransaction Withdrawal { get; private set; } = null!;

    protected override IEnumerable<string> MatchingSettings => [$"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true"];

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        Fault = new WriteBeforeExpiry(StorageConnectionString);
        var options = new TableClientOptions();
        options.AddPolicy(Fault, HttpPipelinePosition.PerCall);
        Withdrawal = new WithdrawBeforeTransaction(StorageConnectionString);
        options.AddPolicy(Withdrawal, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(StorageConnectionString, options));
    }
}
