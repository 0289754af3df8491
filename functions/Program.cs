using Matchmaker;
using Matchmaker.Hosting;
using Matchmaker.Hosting.Standalone;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

if (!HostingMode.IsFunctionsHost(args))
{
    await StandaloneHost.Create(args).RunAsync();
    return;
}

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<StorageOutageWorkerMiddleware>();
builder.Services.AddMatchmaker(builder.Configuration);
await builder.Build().RunAsync();
