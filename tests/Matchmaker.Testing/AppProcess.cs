using System.Diagnostics;

namespace Matchmaker.Testing;

/// <summary>
/// The standalone host as an OS process of its own (<c>dotnet Matchmaker.Functions.dll</c>, the assembly the
/// test build already made, which costs far less than <c>dotnet run</c>), on a free loopback port, so a
/// test can kill it outright (SIGKILL, as a crashed machine would stop it) and start it again against the
/// same storage with the same settings.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLines = 200;

    private readonly string[] arguments;
    private readonly Queue<string> output = new();
    private Process? process;

    private AppProcess(Uri address, string[] arguments)
    {
        Address = address;
        this.arguments = arguments;
    }

    public Uri Address { get; }

    /// <summary>Starts so far, the first included.</summary>
    public int Starts { get; private set; }

    /// <summary>The functions assembly built beside this test assembly's configuration (Debug or Release).</summary>
    public static string Assembly
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Repository.Path("functions", "bin", configuration, framework.Name, "Matchmaker.Functions.dll");
        }
    }

    /// <param name="settings">Command-line settings (<c>--Name=value</c>) after the address and environment.</param>
    public static async Task<AppProcess> StartAsync(IEnumerable<string> settings, int startSeconds = 180)
    {
        if (!File.Exists(Assembly))
        {
            throw new InvalidOperationException($"The app is not built at {Assembly}: build the solution first.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var app = new AppProcess(address, [$"--urls={address}", "--environment=Testing", .. settings]);
        await app.StartAsync(startSeconds);
        return app;
    }

    /// <summary>Kills the process at once (SIGKILL: no shutdown, nothing flushed) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the process (again), and waits until it answers <c>/api/health</c> at all (any status).</summary>
    public async Task StartAsync(int startSeconds = 180)
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException("The app is running.");
        }

        process?.Dispose();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Starts++;
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(() => AnswersAsync(client), "the app process answers /api/health", () => Output(), startSeconds);
    }

    /// <summary>The app's last lines of output (warnings and errors), for a failure message.</summary>
    public string Output()
    {
        lock (output)
        {
            return $"\nLast lines of the app's output:\n{string.Join('\n', output)}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            while (output.Count > OutputLines)
            {
                output.Dequeue();
            }
        }
    }

    private async Task<bool> AnswersAsync(HttpClient client)
    {
        if (process!.HasExited)
        {
            throw new InvalidOperationException($"The app process exited with {process.ExitCode}.{Output()}");
        }

        try
        {
            using var _ = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
