using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Matchmaker.Platform.Telemetry;

/// <summary>
/// Metrics for the app's own counters always; OpenTelemetry traces, requests, dependencies, logs and metrics
/// exported to Application Insights only when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, so local
/// runs and tests export nothing.
/// </summary>
public static class MatchmakerTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static bool IsExported(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?[ConnectionStringSetting]);

    public static IServiceCollection AddMatchmakerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<MatchmakerMetrics>();
        if (!IsExported(configuration))
        {
            return services;
        }

        // Azure SDK clients (Tables, Queues, Blobs) report their calls as spans only when asked to.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("matchmaker"))
            // Request spans keep the path but not the query string's values (the instrumentation redacts
            // them by default): tokens in links must not reach telemetry.
            .WithTracing(tracing => tracing.AddSource("Azure.*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(MatchmakerMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = configuration[ConnectionStringSetting];
                options.Credential = TelemetryCredential.FromAuthenticationString(configuration[AuthenticationStringSetting]);
            });
        return services;
    }
}
