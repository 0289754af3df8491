using System.Net;
using System.Text.Json;
using Matchmaker.Email.Outbox;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// A SendGrid stand-in (WireMock) that misbehaves as a mail service does: about one request in ten is
/// refused with 503 (nothing accepted: the app may send it again), and about one in ten is accepted only
/// after 3 s. An email counts as sent when the stand-in answered 202 to it.
/// </summary>
public sealed class SendGridStandIn : IMailSource, IDisposable
{
    private const string MailSend = "/v3/mail/send";

    private readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });
    private readonly HashSet<Guid> seen = [];

    public SendGridStandIn()
    {
        var request = Request.Create().WithPath(MailSend).UsingPost();
        server.Given(request).AtPriority(1).WithProbability(0.1).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.ServiceUnavailable));
        // Of what the refusal above leaves, one in nine: one in ten of all requests.
        server.Given(request).AtPriority(2).WithProbability(1.0 / 9).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted).WithDelay(TimeSpan.FromSeconds(3)));
        server.Given(request).AtPriority(100).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted));
    }

    public IEnumerable<string> Settings =>
        ["--Matchmaker:Email:SendGridApiKey=SG.chaos-test-key", $"--Matchmaker:Email:SendGridHost={server.Url}", "--Matchmaker:Email:MaxSendsPerSecond=50"];

    public IEnumerable<ChaosMail> ReadNew()
    {
        foreach (var entry in server.LogEntries.Where(entry => entry.RequestMessage.Path == MailSend && Status(entry.ResponseMessage.StatusCode) == 202).ToList())
        {
            if (!seen.Add(entry.Guid))
            {
                continue;
            }

            using var body = JsonDocument.Parse(entry.RequestMessage.Body!);
            var args = body.RootElement.GetProperty("custom_args");
            var text = body.RootElement.GetProperty("content").EnumerateArray()
                .First(part => part.GetProperty("type").GetString() == "text/plain").GetProperty("value").GetString()!;
            yield return new ChaosMail(args.GetProperty(EmailOutbox.IntroductionArg).GetString()!, args.GetProperty(EmailOutbox.EmailKeyArg).GetString()!, $"request {entry.Guid}", text);
        }
    }

    public IEnumerable<(string Name, object Value)> Figures()
    {
        var requests = server.LogEntries.Where(entry => entry.RequestMessage.Path == MailSend).ToList();
        return
        [
            ("SendGrid requests", requests.Count),
            ("  SendGrid answered 202", requests.Count(entry => Status(entry.ResponseMessage.StatusCode) == 202)),
            ("  SendGrid answered 503", requests.Count(entry => Status(entry.ResponseMessage.StatusCode) == 503)),
        ];
    }

    public void Dispose()
    {
        server.Stop();
        server.Dispose();
    }

    private static int Status(object? code) => code switch
    {
        int number => number,
        HttpStatusCode status => (int)status,
        string text when int.TryParse(text, out var number) => number,
        _ => 0,
    };
}
