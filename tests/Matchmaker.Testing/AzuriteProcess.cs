using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Matchmaker.Testing;

/// <summary>
/// A private Azurite (the version pinned in package.json) on free ports with in-memory storage, so tests
/// never touch a developer's data and can stop it to simulate an outage. Besides Azurite's development
/// account it can hold further accounts (<see cref="SharedAzurite"/> gives one to each test world). Started
/// with a folder instead (<see cref="StartOnDiskAsync"/>), it keeps its data there, as long-running tests
/// that restart the app against the same storage need.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account.</summary>
    public const string DevelopmentAccount = "devstoreaccount1";

    // Azurite's well-known development key, used for every account here; not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        Ports = [blobPort, queuePort, tablePort];
    }

    /// <summary>The development account's connection string.</summary>
    public string ConnectionString => ConnectionStringOf(DevelopmentAccount);

    public IReadOnlyList<int> Ports { get; }

    /// <summary>The connection string of <paramref name="account"/>, one of the accounts Azurite was started with.</summary>
    public string ConnectionStringOf(string account) => ConnectionStringFor(account, Ports[0], Ports[1], Ports[2]);

    /// <summary>The connection string of <paramref name="account"/> at the given loopback ports (Azurite's, or a relay's to them).</summary>
    public static string ConnectionStringFor(string account, int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={account};" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{account};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{account};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{account};";

    /// <summary>Starts Azurite with the development account and <paramref name="accounts"/> (lower-case letters and digits).</summary>
    public static Task<AzuriteProcess> StartAsync(params IEnumerable<string> accounts) => StartAsync(null, accounts);

    /// <summary>Starts Azurite with the development account only, keeping its data in <paramref name="folder"/> (created as needed).</summary>
    public static Task<AzuriteProcess> StartOnDiskAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        return StartAsync(folder, []);
    }

    private static async Task<AzuriteProcess> StartAsync(string? folder, IEnumerable<string> accounts)
    {
        var executable = Repository.Path("node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in the repository root.");
        }

        // Free ports are found before Azurite binds them, so another process (another test's Azurite) can take
        // one in between; Azurite then exits at once, and starting again on new ports succeeds.
        for (var attempt = 1; ; attempt++)
        {
            var errors = new ConcurrentQueue<string>();
            if (await TryStartAsync(executable, folder, accounts, errors) is { } azurite)
            {
                return azurite;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start: {string.Join(" ", errors)}");
            }
        }
    }

    /// <returns>The running Azurite, or null when it exited before listening (its error lines in <paramref name="errors"/>).</returns>
    private static async Task<AzuriteProcess?> TryStartAsync(string executable, string? folder, IEnumerable<string> accounts, ConcurrentQueue<string> errors)
    {
        var ports = new HashSet<int>();
        while (ports.Count < 3)
        {
            ports.Add(FreePort.Next());
        }

        var (blob, queue, table) = (ports.ElementAt(0), ports.ElementAt(1), ports.ElementAt(2));
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck",
                "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (folder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(folder);
        }

        if (accounts.Any())
        {
            // Azurite's own variable for its accounts: "name:key;name:key"; the development account is listed
            // too, so it stays available.
            start.Environment["AZURITE_ACCOUNTS"] = string.Join(';', accounts.Prepend(DevelopmentAccount).Select(name => $"{name}:{AccountKey}"));
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } data)
            {
                errors.Enqueue(data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, blob, queue, table);
        for (var wait = 0; !await azurite.IsListeningAsync(); wait++)
        {
            if (process.HasExited)
            {
                await azurite.DisposeAsync();
                return null;
            }

            if (wait > 300)
            {
                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not listen within 30 s: {string.Join(" ", errors)}");
            }

            await Task.Delay(100);
        }

        return azurite;
    }

    /// <summary>Stops Azurite at once, from any thread and without waiting (e.g. when the test process exits).</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
    }

    private async Task<bool> IsListeningAsync()
    {
        foreach (var port in Ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }
}
