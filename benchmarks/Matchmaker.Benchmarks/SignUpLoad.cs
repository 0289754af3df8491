using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;
using Matchmaker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Sign-ups (<c>POST /api/profiles</c>) under a bounded load of concurrent clients on loopback, with the hourly
/// sign-up limits off and on, beside raw inserts into the same private Azurite in the same run: what the limits
/// add to a sign-up, and how many storage requests a sign-up makes against what one storage request costs.
/// </summary>
public static class SignUpLoad
{
    private const int Clients = 8;

    // Each row's storage requests per measured sign-up, by kind, printed after the table.
    private static readonly List<(string Row, List<(string Kind, double Each)> Kinds)> Breakdowns = [];

    public static async Task RunAsync(int perClient)
    {
        Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage.Now()}");
        Console.WriteLine($"{Clients} clients, {perClient} requests each per row, after {perClient} of warm-up per client");
        Console.WriteLine();
        Console.WriteLine("| What | Requests | Per second | Median | 95th percentile | Slowest | Storage requests each |");
        Console.WriteLine("|------|---------:|-----------:|-------:|----------------:|--------:|----------------------:|");
        await using var azurite = await AzuriteProcess.StartAsync("signupsoff", "signupson", "signupsone", "signupsrate");
        Print("raw table inserts", await RawInsertsAsync(azurite.ConnectionString, perClient), 1);
        // The confirmation email is sent while the sign-up waits, under the app's send rate (10 a second by
        // default); raised here so the rows measure what the sign-up path costs, and then shown at its default.
        const string Unthrottled = "--Matchmaker:Email:MaxSendsPerSecond=1000";
        var off = new[] { "--Matchmaker:Limits:SignUpsPerCallerPerHour=0", "--Matchmaker:Limits:EmailsPerAddressPerHour=0", "--Matchmaker:Limits:EmailsPerDay=0", Unthrottled };
        // High enough to count every sign-up of the run and refuse none; the day's email budget is one row that
        // every email of the app counts on.
        var on = new[]
        {
            "--Matchmaker:Limits:SignUpsPerCallerPerHour=1000000", "--Matchmaker:Limits:EmailsPerAddressPerHour=3",
            "--Matchmaker:Limits:EmailsPerDay=1000000", Unthrottled,
        };
        await SignUpRowAsync("sign-ups, limits off", azurite.ConnectionStringOf("signupsoff"), off, perClient);
        await SignUpRowAsync("sign-ups, limits on, each client its own address", azurite.ConnectionStringOf("signupson"), on, perClient);
        await SignUpRowAsync("sign-ups, limits on, all clients one address", azurite.ConnectionStringOf("signupsone"), on, perClient, oneCaller: true);
        await SignUpRowAsync("sign-ups, limits off, emails at the default 10 a second", azurite.ConnectionStringOf("signupsrate"), off[..^1], perClient);

        Console.WriteLine();
        Console.WriteLine($"load average at the end {LoadAverage.Now()}");
        foreach (var (row, kinds) in Breakdowns)
        {
            Console.WriteLine();
            Console.WriteLine($"Storage requests per sign-up by kind, {row}:");
            kinds.ForEach(kind => Console.WriteLine($"  {kind.Each.ToString("F2", CultureInfo.InvariantCulture)}  {kind.Kind}"));
        }
    }

    /// <param name="oneCaller">All clients from 127.0.0.1 (one caller, its count contended); otherwise each from its own loopback address.</param>
    private static async Task SignUpRowAsync(string name, string connection, string[] settings, int perClient, bool oneCaller = false)
    {
        var storage = new RequestCount();
        await using var app = await StandaloneApp.StartAsync(connection, services => CountStorageRequests(services, connection, storage), settings);
        var clients = Enumerable.Range(0, Clients).Select(c => ClientFrom(oneCaller ? IPAddress.Loopback : new IPAddress([127, 0, 0, (byte)(2 + c)]), app.Client.BaseAddress!)).ToList();
        try
        {
            await SignUpsAsync(clients, perClient);
            var before = storage.Value;
            var kindsBefore = storage.ByKind();
            var measured = await SignUpsAsync(clients, perClient);
            Print(name, measured, (storage.Value - before) / (double)measured.Count);
            Breakdowns.Add((name, [.. storage.ByKind()
                .Select(kind => (kind.Key, Each: (kind.Value - kindsBefore.GetValueOrDefault(kind.Key)) / (double)measured.Count))
                .Where(kind => kind.Each > 0)
                .OrderByDescending(kind => kind.Each)]));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>A client whose connections come from <paramref name="local"/>, which the app takes for the caller's address.</summary>
    private static HttpClient ClientFrom(IPAddress local, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    private static async Task<LoadRun> RawInsertsAsync(string connection, int perClient)
    {
        var table = new TableServiceClient(connection).GetTableClient("rawinserts");
        await table.CreateIfNotExistsAsync();
        await RunClientsAsync(perClient, _ => table.AddEntityAsync(new TableEntity(Guid.NewGuid().ToString("N"), "row") { ["Text"] = "a sign-up's size of text" }));
        return await RunClientsAsync(perClient, _ => table.AddEntityAsync(new TableEntity(Guid.NewGuid().ToString("N"), "row") { ["Text"] = "a sign-up's size of text" }));
    }

    private static Task<LoadRun> SignUpsAsync(List<HttpClient> clients, int perClient) =>
        RunClientsAsync(perClient, async c =>
        {
            using var answer = await clients[c].PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = $"{Guid.NewGuid():N}@example.org" });
            if (answer.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"A sign-up answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
            }
        });

    /// <summary>Runs <see cref="Clients"/> clients side by side, each sending its requests one after the other.</summary>
    private static async Task<LoadRun> RunClientsAsync(int perClient, Func<int, Task> request)
    {
        var clock = Stopwatch.StartNew();
        var times = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            var own = new List<double>(perClient);
            for (var i = 0; i < perClient; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await request(c);
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return own;
        }));
        return new LoadRun([.. times.SelectMany(t => t).Order()], clock.Elapsed);
    }

    private static void Print(string what, LoadRun run, double storageRequests)
    {
        string Ms(double quantile) => run.Quantile(quantile).ToString("F1", CultureInfo.InvariantCulture) + " ms";
        var perSecond = (run.Count / run.Elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture);
        Console.WriteLine($"| {what} | {run.Count} | {perSecond} | {Ms(0.5)} | {Ms(0.95)} | {Ms(1)} | {storageRequests.ToString("F2", CultureInfo.InvariantCulture)} |");
    }

    // The app's table and queue clients as it makes them, with a policy that counts their requests (the
    // queue listeners poll with a client of their own, so their polling is not counted).
    private static void CountStorageRequests(IServiceCollection services, string connection, RequestCount count)
    {
        services.AddSingleton(_ => new TableServiceClient(connection, Counted(new TableClientOptions(), count)));
        services.AddSingleton(_ => new QueueServiceClient(connection, Counted(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, count)));
    }

    private static T Counted<T>(T options, RequestCount count) where T : ClientOptions
    {
        options.AddPolicy(count, HttpPipelinePosition.PerRetry);
        return options;
    }
}
