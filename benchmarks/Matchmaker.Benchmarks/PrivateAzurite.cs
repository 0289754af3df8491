using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Matchmaker.Benchmarks;

/// <summary>
/// A private Azurite (the version pinned in package.json) on free loopback ports with in-memory storage, for
/// benchmarks that go through storage: nothing is written to disk and a developer's Azurite is never touched.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    // Azurite's well-known development account; not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly int[] ports;

    private PrivateAzurite(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        ports = [blobPort, queuePort, tablePort];
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<PrivateAzurite> StartAsync()
    {
        var executable = Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in the repository root.");
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--inMemoryPersistence", "--silent", "--skipApiVersionCheck",
                "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new PrivateAzurite(process, blob, queue, table);
        for (var attempt = 0; !await azurite.IsListeningAsync(); attempt++)
        {
            if (attempt > 300 || process.HasExited)
            {
                await azurite.DisposeAsync();
                throw new InvalidOperationException("Azurite did not start.");
            }

            await Task.Delay(100);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    // BenchmarkDotNet runs a copy of the benchmarks from a folder under bin/, still inside the repository.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Matchmaker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Matchmaker.sln not found above the benchmark's folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> IsListeningAsync()
    {
        foreach (var port in ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }
}
