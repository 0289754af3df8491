namespace Matchmaker.Platform.Poison;

/// <summary>
/// A message that failed every try, as coordinators see it: where it waits, since when, and a summary of
/// what it is about made of its ids and version only (messages carry no personal data; the summary keeps
/// it that way even for a message that somehow did).
/// </summary>
/// <param name="Queue">The queue it came from and goes back to on replay (not the poison queue's name).</param>
/// <param name="Summary">Each id or version field of the message's JSON as <c>name=value</c>; "not JSON" otherwise.</param>
public sealed record PoisonMessageView(string Queue, string MessageId, DateTimeOffset? InsertedOn, long DequeueCount, string Summary);
