using System.Diagnostics;
using System.Net.Sockets;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// In Development, when storage is the emulator (<c>UseDevelopmentStorage=true</c>) and nothing listens on
/// its ports, starts the Azurite pinned in the repository's package.json with its data in the git-ignored
/// <c>.azurite/</c> folder, and stops it when the app stops.
/// </summary>
public sealed partial class AzuriteLauncher(StorageAccount account, IHostEnvironment environment, ILogger<AzuriteLauncher> logger) : IHostedService, IDisposable
{
    private static readonly int[] Ports = [10000, 10001, 10002];
    private Process? azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !account.IsDevelopmentStorage || await AnyListeningAsync(cancellationToken))
        {
            return;
        }

        var root = FindRepositoryRoot(environment.ContentRootPath) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            LogNotInstalled(logger);
            return;
        }

        var data = Path.Combine(root, ".azurite");
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo(Path.Combine(root, "node_modules", ".bin", "azurite"))
        {
            ArgumentList = { "--silent", "--skipApiVersionCheck", "--location", data },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        azurite = Process.Start(start);
        azurite!.OutputDataReceived += (_, _) => { };
        azurite.ErrorDataReceived += (_, _) => { };
        azurite.BeginOutputReadLine();
        azurite.BeginErrorReadLine();
        for (var i = 0; i < 100 && !await AllListeningAsync(cancellationToken); i++)
        {
            await Task.Delay(100, cancellationToken);
        }

        LogStarted(logger, data);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (azurite is { HasExited: false })
        {
            azurite.Kill(entireProcessTree: true);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => azurite?.Dispose();

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "node_modules", ".bin", "azurite")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static async Task<bool> AnyListeningAsync(CancellationToken cancellationToken) =>
        (await Task.WhenAll(Ports.Select(port => IsListeningAsync(port, cancellationToken)))).Any(listening => listening);

    private static async Task<bool> AllListeningAsync(CancellationToken cancellationToken) =>
        (await Task.WhenAll(Ports.Select(port => IsListeningAsync(port, cancellationToken)))).All(listening => listening);

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started Azurite with its data in {DataFolder}")]
    private static partial void LogStarted(ILogger logger, string dataFolder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage is the emulator but Azurite is not installed: run 'npm ci' in the repository root")]
    private static partial void LogNotInstalled(ILogger logger);
}
