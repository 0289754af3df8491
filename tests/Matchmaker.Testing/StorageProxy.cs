using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Matchmaker.Testing;

/// <summary>
/// A TCP relay on loopback between an app and its storage (one listening port for each of Azurite's blob,
/// queue and table ports), which a test cuts off and restores. Cut off, it refuses new connections and
/// resets every open one, as a network failure would, while Azurite keeps running with every write it
/// acknowledged: stopping Azurite hard would also lose its last writes, which Azure Storage never does.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    private readonly IReadOnlyList<int> targets;
    private readonly ConcurrentDictionary<Socket, byte> open = new();
    private readonly Lock gate = new();
    private List<TcpListener> listeners = [];
    private CancellationTokenSource accepting = new();
    private int connections;

    private StorageProxy(IReadOnlyList<int> ports, IReadOnlyList<int> targets)
    {
        Ports = ports;
        this.targets = targets;
    }

    /// <summary>The relay's ports, in the order of the target ports.</summary>
    public IReadOnlyList<int> Ports { get; }

    public bool IsCutOff { get; private set; }

    /// <summary>Connections relayed so far (a sign that the app really goes through the relay).</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Relays each of <paramref name="targets"/> (loopback ports) from a free port of its own.</summary>
    public static StorageProxy Start(IReadOnlyList<int> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var proxy = new StorageProxy([.. targets.Select(_ => FreePort.Next())], targets);
        proxy.Listen();
        return proxy;
    }

    /// <summary>The connection string of Azurite's development account, through the relay.</summary>
    public string ConnectionString(string account = AzuriteProcess.DevelopmentAccount) =>
        AzuriteProcess.ConnectionStringFor(account, Ports[0], Ports[1], Ports[2]);

    /// <summary>Stops accepting (new connections are refused) and resets every open connection.</summary>
    public Task CutOffAsync()
    {
        lock (gate)
        {
            IsCutOff = true;
            accepting.Cancel();
            foreach (var listener in listeners)
            {
                listener.Stop();
            }

            listeners = [];
        }

        foreach (var socket in open.Keys)
        {
            Reset(socket);
        }

        return Task.CompletedTask;
    }

    /// <summary>Listens again on the same ports.</summary>
    public void Restore()
    {
        lock (gate)
        {
            if (!IsCutOff)
            {
                return;
            }

            Listen();
            IsCutOff = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CutOffAsync();
        accepting.Dispose();
    }

    private void Listen()
    {
        accepting = new CancellationTokenSource();
        var token = accepting.Token;
        for (var index = 0; index < Ports.Count; index++)
        {
            var listener = new TcpListener(IPAddress.Loopback, Ports[index]);
            // The port is taken again straight after the cut, while connections it reset are still closing.
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            listeners.Add(listener);
            var target = targets[index];
            _ = Task.Run(() => AcceptAsync(listener, target, token), CancellationToken.None);
        }
    }

    private async Task AcceptAsync(TcpListener listener, int target, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client, target, cancellationToken), CancellationToken.None);
        }
    }

    private async Task RelayAsync(Socket client, int target, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref connections);
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        open[client] = 0;
        open[server] = 0;
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, target, cancellationToken);
            // Cut off while this connection was being set up, after the cut reset the open ones.
            cancellationToken.ThrowIfCancellationRequested();
            // Whichever direction ends first ends the pair: a half-open relay would only confuse the client.
            await Task.WhenAny(CopyAsync(client, server), CopyAsync(server, client));
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Cut off or refused: the finally below resets both sides.
        }
        finally
        {
            Reset(client);
            Reset(server);
        }
    }

    private static async Task CopyAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // The other side or the cut closed it.
        }
    }

    /// <summary>Closes with a reset (linger 0), as a failing network shows it, not with an orderly close.</summary>
    private void Reset(Socket socket)
    {
        if (!open.TryRemove(socket, out _))
        {
            return;
        }

        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        socket.Dispose();
    }
}
