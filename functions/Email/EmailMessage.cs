namespace Matchmaker.Email;

/// <summary>
/// One email to one person, in both plain text and HTML. <see cref="Category"/> and <see cref="CustomArgs"/>
/// travel with the email (SendGrid categories and custom_args; <c>X-Category</c> and <c>X-Custom-Args</c> in
/// an <c>.eml</c> file) so that events about it can be traced back without personal data: put ids in them, never
/// addresses or names.
/// </summary>
public sealed record EmailMessage(
    string To,
    string ToName,
    string Subject,
    string PlainText,
    string Html,
    string Category,
    IReadOnlyDictionary<string, string> CustomArgs)
{
    /// <summary>
    /// When set, the email carries <c>List-Unsubscribe: &lt;url&gt;</c> and
    /// <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 8058), so mail clients can offer a
    /// one-click unsubscribe that POSTs to the address.
    /// </summary>
    public Uri? UnsubscribeUrl { get; init; }

    /// <summary>Copies, visible to every recipient.</summary>
    public IReadOnlyList<EmailRecipient> Cc { get; init; } = [];
}
