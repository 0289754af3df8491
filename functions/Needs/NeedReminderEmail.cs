using System.Globalization;
using Matchmaker.Coops;
using Matchmaker.Email;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Http;
using Microsoft.Extensions.Options;

namespace Matchmaker.Needs;

/// <summary>
/// The one reminder a co-op gets about a need going stale, worded in <c>need-stale.text.liquid</c> and
/// <c>need-stale.html.liquid</c>: renew, edit or close it on the co-op's page before it closes by itself.
/// </summary>
public sealed class NeedReminderEmail(EmailTemplates templates, UnsubscribeLinks unsubscribe, IOptions<MatchmakerOptions> app)
{
    public const string Category = "need-stale";

    public async Task<EmailMessage> CreateAsync(NeedEntity need, CoopEntity coop, DateTimeOffset closesOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(coop);
        var (subject, text, html) = await templates.RenderAsync(Category, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["coop_name"] = coop.Name,
            ["need_title"] = need.Title,
            ["fresh_since"] = Day(need.StalenessClock),
            ["closes_on"] = Day(closesOn),
            ["coop_link"] = PublicLink.To(new Uri(app.Value.PublicBaseUrl), "api/coop"),
        });
        return new EmailMessage(
            coop.ContactEmail, coop.Name, subject, text, html, Category, new Dictionary<string, string>(StringComparer.Ordinal) { ["needId"] = need.Id })
        {
            UnsubscribeUrl = await unsubscribe.LinkForAsync(coop.ContactEmail, cancellationToken),
        };
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
