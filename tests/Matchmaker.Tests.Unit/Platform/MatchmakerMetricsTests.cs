using System.Diagnostics.Metrics;
using Matchmaker.Platform.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>The app's counters, each tagged only with a category.</summary>
public sealed class MatchmakerMetricsTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection()
        .AddMatchmakerTelemetry(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    [Fact]
    public void An_email_sent_is_counted_by_its_category_alone()
    {
        using var recorder = new MetricRecorder(services.GetRequiredService<IMeterFactory>());

        services.GetRequiredService<MatchmakerMetrics>().EmailSent("confirmation");

        var (value, tags) = Assert.Single(recorder.Of("matchmaker.emails.sent"));
        Assert.Equal(1, value);
        Assert.Equal(new Dictionary<string, object?> { ["category"] = "confirmation" }, tags);
    }

    [Fact]
    public void Suggestions_are_counted_by_model_version_and_a_run_that_made_none_records_nothing()
    {
        using var recorder = new MetricRecorder(services.GetRequiredService<IMeterFactory>());
        var metrics = services.GetRequiredService<MatchmakerMetrics>();

        metrics.SuggestionsMade(0, "v0003");
        metrics.SuggestionsMade(7, "v0003");
        metrics.Rejected("rate", "v0003");

        var (value, tags) = Assert.Single(recorder.Of("matchmaker.suggestions.made"));
        Assert.Equal((7, "v0003"), (value, tags["model.version"]));
        Assert.Equal(new Dictionary<string, object?> { ["reason"] = "rate", ["model.version"] = "v0003" }, Assert.Single(recorder.Of("matchmaker.suggestions.rejected")).Tags);
    }

    public void Dispose() => services.Dispose();
}
