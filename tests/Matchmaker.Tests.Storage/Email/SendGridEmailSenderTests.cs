using System.Net;
using System.Text.Json;
using Matchmaker.Email;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>The SendGrid sender against a real HTTP stand-in for the SendGrid API.</summary>
public sealed class SendGridEmailSenderTests : IDisposable
{
    private const string ApiKey = "SG.test-key";

    private readonly WireMockServer sendGrid = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });
    private readonly CapturedLogs logs = new();
    private readonly ServiceProvider services;

    public SendGridEmailSenderTests() =>
        services = EmailServices.Build(
            new Dictionary<string, string?>
            {
                ["Matchmaker:Email:SendGridApiKey"] = ApiKey,
                ["Matchmaker:Email:SendGridHost"] = sendGrid.Url,
                ["Matchmaker:Email:From"] = "matchmaker@coops.example",
                ["Matchmaker:Email:FromName"] = "Co-op Matchmaker",
            },
            logs);

    private IEmailSender Sender => services.GetRequiredService<IEmailSender>();

    public void Dispose()
    {
        services.Dispose();
        sendGrid.Stop();
        sendGrid.Dispose();
    }

    [Fact]
    public async Task An_email_is_one_authorised_post_to_the_mail_send_api_with_every_field()
    {
        Answer(HttpStatusCode.Accepted);

        await Sender.SendAsync(TestEmails.Introduction(), default);

        var request = Assert.Single(sendGrid.LogEntries).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal($"Bearer {ApiKey}", Assert.Single(request.Headers!["Authorization"]));

        using var json = JsonDocument.Parse(request.Body!);
        var mail = json.RootElement;
        var personalization = Assert.Single(mail.GetProperty("personalizations").EnumerateArray());
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal(TestEmails.Recipient, to.GetProperty("email").GetString());
        Assert.Equal("Zoë Example", to.GetProperty("name").GetString());
        var cc = Assert.Single(personalization.GetProperty("cc").EnumerateArray());
        Assert.Equal("coop@example.net", cc.GetProperty("email").GetString());
        Assert.Equal("matchmaker@coops.example", mail.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Co-op Matchmaker", mail.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Hello Zoë ✓", mail.GetProperty("subject").GetString());
        Assert.Collection(
            mail.GetProperty("content").EnumerateArray(),
            plain =>
            {
                Assert.Equal("text/plain", plain.GetProperty("type").GetString());
                Assert.Equal("Hi Zoë ✓,\nthe plain part.\n", plain.GetProperty("value").GetString());
            },
            html =>
            {
                Assert.Equal("text/html", html.GetProperty("type").GetString());
                Assert.Equal("<p>Hi Zoë ✓,</p><p>the HTML part.</p>", html.GetProperty("value").GetString());
            });
        Assert.Equal(["introduction"], mail.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(
            new Dictionary<string, string> { ["introductionId"] = "intro-42", ["side"] = "person" },
            mail.GetProperty("custom_args").Deserialize<Dictionary<string, string>>());
        var headers = mail.GetProperty("headers");
        Assert.Equal("<https://matchmaker.example/api/unsubscribe?token=abc123>", headers.GetProperty("List-Unsubscribe").GetString());
        Assert.Equal("List-Unsubscribe=One-Click", headers.GetProperty("List-Unsubscribe-Post").GetString());
    }

    [Fact]
    public async Task Link_and_open_tracking_are_off_so_tokens_in_links_never_pass_through_a_redirect()
    {
        Answer(HttpStatusCode.Accepted);

        await Sender.SendAsync(TestEmails.Introduction(), default);

        using var json = JsonDocument.Parse(Assert.Single(sendGrid.LogEntries).RequestMessage.Body!);
        var tracking = json.RootElement.GetProperty("tracking_settings");
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable_text").GetBoolean());
        Assert.False(tracking.GetProperty("open_tracking").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task Without_an_unsubscribe_address_there_are_no_list_headers()
    {
        Answer(HttpStatusCode.Accepted);

        await Sender.SendAsync(TestEmails.Introduction() with { UnsubscribeUrl = null, Cc = [] }, default);

        using var json = JsonDocument.Parse(Assert.Single(sendGrid.LogEntries).RequestMessage.Body!);
        Assert.False(json.RootElement.TryGetProperty("headers", out _));
        Assert.False(json.RootElement.GetProperty("personalizations")[0].TryGetProperty("cc", out _));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Throttling_and_server_errors_throw_a_retryable_exception_after_exactly_one_request(HttpStatusCode status)
    {
        Answer(status);

        var exception = await Assert.ThrowsAsync<EmailSendException>(() => Sender.SendAsync(TestEmails.Introduction(), default));

        Assert.Equal(status, exception.StatusCode);
        Assert.True(exception.IsRetryable);
        Assert.Single(sendGrid.LogEntries);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_client_error_throws_an_exception_that_is_not_retryable(HttpStatusCode status)
    {
        Answer(status);

        var exception = await Assert.ThrowsAsync<EmailSendException>(() => Sender.SendAsync(TestEmails.Introduction(), default));

        Assert.Equal(status, exception.StatusCode);
        Assert.False(exception.IsRetryable);
        Assert.Single(sendGrid.LogEntries);
    }

    [Fact]
    public async Task A_429_carries_the_services_retry_after()
    {
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7"));

        var exception = await Assert.ThrowsAsync<EmailSendException>(() => Sender.SendAsync(TestEmails.Introduction(), default));

        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
    }

    [Fact]
    public async Task The_log_holds_the_category_and_status_and_never_an_address()
    {
        Answer(HttpStatusCode.Accepted);
        await Sender.SendAsync(TestEmails.Introduction(), default);
        sendGrid.Reset();
        Answer(HttpStatusCode.BadRequest);
        await Assert.ThrowsAsync<EmailSendException>(() => Sender.SendAsync(TestEmails.Introduction(), default));

        var ours = logs.Messages.Where(m => m.Contains("SendGrid", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["Information: Email sent through SendGrid: category introduction, status 202", "Warning: SendGrid did not accept an email: category introduction, status 400"],
            ours);
        var all = string.Concat(logs.Messages);
        Assert.DoesNotContain(TestEmails.Recipient, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("coop@example.net", all, StringComparison.OrdinalIgnoreCase);
    }

    private void Answer(HttpStatusCode status) =>
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithBody(status == HttpStatusCode.Accepted ? string.Empty : """{"errors":[{"message":"stand-in"}]}"""));
}
