using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Hosting;

/// <summary>The app as an isolated worker of the Azure Functions host (Core Tools or Azure).</summary>
public static class FunctionsWorkerHost
{
    public static IHost Create(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<OutageWorkerMiddleware>();
        builder.UseMiddleware<CallerAuthorizationWorkerMiddleware>();
        builder.Services.AddMatchmaker(builder.Configuration);
        return builder.Build();
    }
}
