using System.Net;
using System.Net.Sockets;

namespace Matchmaker.Testing;

/// <summary>
/// Ports for test servers (Azurite, the app). Asking the system for port 0 hands out a port from the ephemeral
/// range, which the system also gives to outgoing connections: under load one could take the port before the
/// server binds it ("address already in use"). These come from below that range instead, from a block picked
/// by the process id so that test processes running side by side do not meet, and each is checked free.
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int BlockSize = 1000;
    private const int Blocks = 12;

    private static int next = First + (Environment.ProcessId % Blocks * BlockSize);

    public static int Next()
    {
        for (var tries = 0; tries < BlockSize * Blocks; tries++)
        {
            var port = First + ((Interlocked.Increment(ref next) - First) % (BlockSize * Blocks));
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free port between {First} and {First + (BlockSize * Blocks)}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
