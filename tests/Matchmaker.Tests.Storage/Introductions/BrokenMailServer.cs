using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// A stand-in that breaks the way WireMock cannot: it reads each request whole, then closes the connection
/// without an answer, or answers a status line and a broken chunk and closes. Either way the email reached it.
/// </summary>
public sealed class BrokenMailServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private int requests;

    public BrokenMailServer(bool answerGarbage)
    {
        listener.Start();
        _ = Task.Run(() => AcceptAsync(answerGarbage));
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public int Requests => Volatile.Read(ref requests);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        listener.Dispose();
        stop.Dispose();
    }

    private async Task AcceptAsync(bool answerGarbage)
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            var stream = client.GetStream();
            var received = new StringBuilder();
            var buffer = new byte[8192];
            // Headers, then as many body bytes as Content-Length says.
            while (true)
            {
                var read = await stream.ReadAsync(buffer, stop.Token);
                if (read == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                var text = received.ToString();
                var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                var length = System.Text.RegularExpressions.Regex.Match(text, "Content-Length: (\\d+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                if (end >= 0 && length.Success && text.Length - end - 4 >= int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                {
                    break;
                }
            }

            Interlocked.Increment(ref requests);
            if (answerGarbage)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nnot a chunk"), stop.Token);
            }

            client.Client.Shutdown(SocketShutdown.Both);
        }
    }
}
