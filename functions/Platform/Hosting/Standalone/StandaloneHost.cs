using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// Runs the same function classes and the same <c>AddMatchmaker</c> composition on a plain ASP.NET Core
/// server, for machines without Azure Functions Core Tools: HTTP functions at <c>/api/...</c> on port
/// 7071, queue functions through listeners with the host's semantics, timer functions on their schedule.
/// </summary>
public static class StandaloneHost
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <param name="configureServices">Runs after every registration of the app, so what it registers wins (tests replace the clock).</param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // As under the Functions host, the setting AzureWebJobs.<name>.Disabled=true turns a function off.
        var functions = FunctionCatalog.App.Values
            .Where(f => !string.Equals(builder.Configuration[$"AzureWebJobs.{f.Name}.Disabled"], "true", StringComparison.OrdinalIgnoreCase))
            .ToList();

        // Registered before AddMatchmaker so that Azurite is up before the tables are created.
        builder.Services.AddSingleton(_ => StorageAccount.FromConfiguration(builder.Configuration));
        builder.Services.AddHostedService<AzuriteLauncher>();
        builder.Services.AddMatchmaker(builder.Configuration);
        foreach (var function in functions)
        {
            switch (function.Trigger)
            {
                case Microsoft.Azure.Functions.Worker.QueueTriggerAttribute:
                    builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueTriggerListener>(
                        sp, function, sp.GetRequiredKeyedService<QueueServiceClient>(StorageAccount.UnencodedQueues)));
                    break;
                case Microsoft.Azure.Functions.Worker.TimerTriggerAttribute:
                    builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<TimerTriggerScheduler>(sp, function));
                    break;
            }
        }

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseMiddleware<RequestLog>();
        app.UseRouting();
        app.UseMiddleware<OutageMiddleware>();
        app.UseMiddleware<CallerAuthorizationMiddleware>();
        app.MapHttpFunctions(functions);
        // The site's front door: people who open the bare address land on the start page.
        app.MapGet("/", () => Results.Redirect($"/{HttpFunctionEndpoints.RoutePrefix}/start"));
        return app;
    }
}
