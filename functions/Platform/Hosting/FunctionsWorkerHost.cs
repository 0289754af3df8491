using Matchmaker.Platform.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Platform.Hosting;

/// <summary>The app as an isolated worker of the Azure Functions host (Core Tools or Azure).</summary>
public static class FunctionsWorkerHost
{
    public static IHost Create(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<OutageWorkerMiddleware>();
        builder.UseMiddleware<OutageRetryWorkerMiddleware>();
        builder.UseMiddleware<CallerAuthorizationWorkerMiddleware>();
        builder.Services.AddMatchmaker(builder.Configuration);
        if (MatchmakerTelemetry.IsExported(builder.Configuration))
        {
            // Invocation spans and the host's trace context, so worker telemetry joins the host's requests.
            builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        }

        return builder.Build();
    }
}
