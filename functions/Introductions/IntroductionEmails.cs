using System.Globalization;
using System.Text.Json;
using Matchmaker.Email;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Model.Matching;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;
using Microsoft.Extensions.Options;

namespace Matchmaker.Introductions;

/// <summary>
/// The introduction's emails, from the templates. What each may hold is decided here: the asking emails
/// carry no address of the other side (the co-op's does not hold the person's income target either); only the
/// connected email, sent when both said yes, holds the other side's address.
/// </summary>
public sealed class IntroductionEmails(
    EmailTemplates templates, IntroductionStore store, UnsubscribeLinks unsubscribe, IOptions<IntroductionOptions> options, IOptions<MatchmakerOptions> app)
{
    public const string Category = "introduction";

    /// <summary>The email asking one side, or reminding them; it carries a new response token for that side.</summary>
    public async Task<EmailMessage> AskAsync(IntroductionParties parties, string side, bool reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var (introduction, profile, need, coop) = parties;
        var expiresAt = introduction.ExpiresAt ?? throw new InvalidOperationException("An introduction is asked only once its answers have a deadline.");
        var token = await store.IssueTokenAsync(introduction.Id, side, expiresAt, cancellationToken);
        var respond = PublicLink.To(new Uri(app.Value.PublicBaseUrl), $"api/introductions/{introduction.Id}/respond?token={Uri.EscapeDataString(token)}");
        var values = Common(parties, side == IntroductionSide.Person ? profile.Name : coop.Name);
        values["reminder"] = reminder;
        values["accept_url"] = $"{respond}&answer={IntroductionAnswer.Accept}";
        values["decline_url"] = $"{respond}&answer={IntroductionAnswer.Decline}";
        values["expires_on"] = expiresAt.UtcDateTime.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        values["note"] = introduction.Note ?? "";
        values["reasons"] = JsonSerializer.Deserialize<List<string>>(introduction.ReasonsJson, MatchmakerJson.Options) ?? [];
        values["days_per_week"] = Number(need.DaysPerWeek);
        values["day_rate"] = DayRate(need.DayRateMin, need.DayRateMax, need.DayRateCurrency);
        values["need_location"] = Place(need.City, need.Country, need.Remote);
        values["person_skills"] = (JsonSerializer.Deserialize<List<StoredSkill>>(profile.SkillsJson, MatchmakerJson.Options) ?? [])
            .Select(s => $"{s.Name} ({s.Level})").ToList();
        values["person_days"] = Number(profile.DaysPerWeek);
        values["person_area"] = Place(profile.City, profile.Country, profile.Remote);
        return await MessageAsync(side == IntroductionSide.Person ? "ask-person" : "ask-coop", parties, side, values, cancellationToken);
    }

    /// <summary>The introduction itself: the other side's name and address, the coordinators in copy.</summary>
    public async Task<EmailMessage> ConnectAsync(IntroductionParties parties, string side, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var (_, profile, _, coop) = parties;
        var isPerson = side == IntroductionSide.Person;
        var values = Common(parties, isPerson ? profile.Name : coop.Name);
        values["is_person"] = isPerson;
        values["other_name"] = isPerson ? coop.Name : profile.Name;
        values["other_email"] = isPerson ? coop.ContactEmail : profile.Email;
        values["coordinator_email"] = options.Value.CoordinatorEmail ?? "";
        var message = await MessageAsync("connected", parties, side, values, cancellationToken);
        return options.Value.CoordinatorEmail is { Length: > 0 } coordinators
            ? message with { Cc = [new EmailRecipient(coordinators, options.Value.CoordinatorName)] }
            : message;
    }

    /// <summary>The polite end: declined, expired, filled or cancelled. Nothing about the other side but the need.</summary>
    public Task<EmailMessage> CloseAsync(IntroductionParties parties, string side, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var values = Common(parties, side == IntroductionSide.Person ? parties.Profile.Name : parties.Coop.Name);
        values["is_person"] = side == IntroductionSide.Person;
        values["reason"] = reason;
        return MessageAsync("closed", parties, side, values, cancellationToken);
    }

    private static Dictionary<string, object?> Common(IntroductionParties parties, string recipientName) => new(StringComparer.Ordinal)
    {
        ["recipient_name"] = recipientName,
        ["person_name"] = parties.Profile.Name,
        ["coop_name"] = parties.Coop.Name,
        ["need_title"] = parties.Need.Title,
    };

    /// <summary>Every introduction email carries the one-click unsubscribe link of its recipient.</summary>
    private async Task<EmailMessage> MessageAsync(
        string template, IntroductionParties parties, string side, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var (subject, text, html) = await templates.RenderAsync(template, values);
        var (address, name) = side == IntroductionSide.Person
            ? (parties.Profile.Email, parties.Profile.Name)
            : (parties.Coop.ContactEmail, parties.Coop.Name);
        return new EmailMessage(address, name, subject, text, html, Category, new Dictionary<string, string>(StringComparer.Ordinal))
        {
            UnsubscribeUrl = await unsubscribe.LinkForAsync(address, cancellationToken),
        };
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string DayRate(double? min, double? max, string currency)
    {
        string Money(double value) => CurrencySymbol.Of(currency) + value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return (min, max) switch
        {
            ({ } low, { } high) when low > 0 && high > low => $"{Money(low)} to {Money(high)} a day",
            (_, { } high) when high > 0 => $"{Money(high)} a day",
            ({ } low, _) when low > 0 => $"{Money(low)} a day",
            _ => "unpaid",
        };
    }

    private static string Place(string? city, string? country, string remote)
    {
        var place = string.Join(", ", new[] { city, country }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var how = remote switch { "remote-only" => "remote only", "on-site" => "on site", _ => "remote possible" };
        return place.Length == 0 ? how : $"{place} ({how})";
    }
}
