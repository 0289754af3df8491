namespace Matchmaker.Introductions;

/// <param name="Note">Why the coordinator has it sent again (e.g. what SendGrid's activity feed showed); kept on the email's outbox row.</param>
public sealed record SendAgainInput(string? Note);
