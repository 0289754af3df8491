namespace Matchmaker.Email.Unsubscribe;

/// <param name="Token">The token from the unsubscribe link.</param>
public sealed record UnsubscribeInput(string? Token);
