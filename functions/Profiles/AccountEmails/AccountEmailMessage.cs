namespace Matchmaker.Profiles.AccountEmails;

/// <summary>
/// An account email to send (queue <c>account-emails</c>): ids only, never an address or a code.
/// </summary>
/// <param name="EmailKey">The email's outbox key: the same key is sent at most once, however often this is delivered.</param>
/// <param name="AddressStamp">The profile's address stamp when the email was asked for: after an address change it is no longer due.</param>
public sealed record AccountEmailMessage(string ProfileId, string Kind, string EmailKey, string? AddressStamp);
