using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Matching;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.System.Platform;

/// <summary>
/// Starts the app exactly as the README says, <c>dotnet run --project functions</c>, against a private
/// Azurite, and uses it over HTTP and through its queue like a newcomer would.
/// </summary>
public sealed class DotnetRunTests : IAsyncLifetime, IDisposable
{
    private readonly StringBuilder output = new();
    private AzuriteProcess azurite = null!;
    private Process app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "run", "--project", "functions" },
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = address,
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
            },
        };
        app = Process.Start(start)!;
        app.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        app.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.TrueAsync(IsHealthyAsync, "'dotnet run' answers /api/health", AppOutput, seconds: 240);
    }

    public async Task DisposeAsync()
    {
        if (!app.HasExited)
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        await azurite.DisposeAsync();
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task The_readme_run_command_serves_the_api_seeds_demo_data_and_runs_queue_functions()
    {
        var health = await client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var posted = await client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid());
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var created = (await posted.Content.ReadFromJsonAsync<ProfileCreated>())!;
        using var owner = new HttpRequestMessage(HttpMethod.Get, $"/api/profiles/{created.Id}");
        owner.Headers.Authorization = new AuthenticationHeaderValue("Bearer", created.OwnerToken);
        var mine = await client.SendAsync(owner);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("Sam Example", (await mine.Content.ReadFromJsonAsync<ProfileView>())!.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/profiles/{created.Id}")).StatusCode);

        // The launch profile runs in Development, where demo data is seeded and indexed.
        var tables = new TableServiceClient(azurite.ConnectionString);
        const string demo = "demo-profile-robin";
        var indexed = new List<string>();
        await Eventually.TrueAsync(
            async () => SkillIndexRows.AreComplete(indexed = await SkillIndexRows.OfAsync(tables, demo), demo),
            "the demo newcomer is indexed",
            () => $" Rows: {string.Join(", ", indexed)}{AppOutput()}",
            seconds: 180);

        // The app trains its first model at start-up, on a machine running the other tests too: waits are generous.
        // Remove the demo newcomer's index rows and let the app's queue listener rebuild them.
        var index = tables.GetTableClient(StorageNames.SkillIndexTable);
        await foreach (var row in index.QueryAsync<SkillIndexEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {SkillIndexEntity.ProfilePartition(demo)} or RowKey eq {demo}")))
        {
            await index.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        var queue = new QueueServiceClient(azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.GetQueueClient(StorageNames.ProfileUpdatesQueue).SendMessageAsync($$"""{"id":"{{demo}}","version":1}""");
        var rebuilt = new List<string>();
        await Eventually.TrueAsync(
            async () => (rebuilt = await SkillIndexRows.OfAsync(tables, demo)).SequenceEqual(indexed),
            "the queue function rebuilt the index rows",
            () => $" Expected: {string.Join(", ", indexed)}. Found: {string.Join(", ", rebuilt)}{AppOutput()}",
            seconds: 180);
    }

    private string AppOutput()
    {
        lock (output)
        {
            return $"\nOutput of 'dotnet run':\n{output}";
        }
    }

    private async Task<bool> IsHealthyAsync()
    {
        if (app.HasExited)
        {
            Assert.Fail($"'dotnet run' exited with {app.ExitCode}.{AppOutput()}");
        }

        try
        {
            return (await client.GetAsync("/api/health")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
