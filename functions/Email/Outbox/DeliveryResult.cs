namespace Matchmaker.Email.Outbox;

/// <param name="Error">A status code or failure kind, for the outbox row and logs; no personal data.</param>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int Requests, string? Error = null);
