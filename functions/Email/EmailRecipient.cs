namespace Matchmaker.Email;

/// <summary>An address with an optional display name, for copies (Cc) of an <see cref="EmailMessage"/>.</summary>
public sealed record EmailRecipient(string Address, string? Name = null);
