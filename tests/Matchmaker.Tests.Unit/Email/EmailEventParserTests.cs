using System.Text.Json;
using Matchmaker.Email.Events;

namespace Matchmaker.Tests.Unit.Email;

public sealed class EmailEventParserTests
{
    [Theory]
    [InlineData("bounce", "bounce", true)]
    [InlineData("bounce", "blocked", false)]
    [InlineData("spamreport", null, true)]
    [InlineData("delivered", null, false)]
    public void Only_a_lasting_bounce_spam_report_or_unsubscribe_suppresses_the_address(string @event, string? bounceType, bool suppresses)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object?> { ["sg_event_id"] = "ev1", ["event"] = @event, ["type"] = bounceType, ["email"] = "x@example.org" });
        using var document = JsonDocument.Parse(json);

        var (parsed, problem) = EmailEventParser.Parse(document.RootElement);

        Assert.Null(problem);
        Assert.Equal(suppresses, EmailEventTypes.SuppressionReasonOf(parsed!.Type) is not null);
    }
}
