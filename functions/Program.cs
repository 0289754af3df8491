using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.Extensions.Hosting;

// Started by the Functions host, run as its worker; started by `dotnet run` alone, serve the same functions.
var host = HostingMode.IsFunctionsHost(args) ? FunctionsWorkerHost.Create(args) : StandaloneHost.Create(args);
await host.RunAsync();
