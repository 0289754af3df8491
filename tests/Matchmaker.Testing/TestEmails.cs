using Matchmaker.Email;

namespace Matchmaker.Testing;

public static class TestEmails
{
    public const string Recipient = "zoe@example.org";

    public static EmailMessage Introduction(string subject = "Hello Zoë ✓", string toName = "Zoë Example") =>
        new(
            Recipient,
            toName,
            subject,
            "Hi Zoë ✓,\nthe plain part.\n",
            "<p>Hi Zoë ✓,</p><p>the HTML part.</p>",
            "introduction",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["introductionId"] = "intro-42", ["side"] = "person" })
        {
            UnsubscribeUrl = new Uri("https://matchmaker.example/api/unsubscribe?token=abc123"),
            Cc = [new EmailRecipient("coop@example.net", "Co-op Example")],
        };
}
