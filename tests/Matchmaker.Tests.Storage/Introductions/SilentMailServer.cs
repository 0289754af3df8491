using System.Net;
using System.Net.Sockets;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>A stand-in that takes a request's first bytes and never answers: a request in flight, for as long as the test likes.</summary>
public sealed class SilentMailServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();

    public SilentMailServer()
    {
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>Completes when a request's first bytes have arrived.</summary>
    public Task Received => received.Task;

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        listener.Dispose();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            var buffer = new byte[8192];
            if (await client.GetStream().ReadAsync(buffer, stop.Token) > 0)
            {
                received.TrySetResult();
            }

            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
