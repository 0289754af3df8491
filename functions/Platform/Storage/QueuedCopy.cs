namespace Matchmaker.Platform.Storage;

/// <summary>A message sent to be delivered later, with what it takes to delete it before then.</summary>
public sealed record QueuedCopy(string QueueName, string MessageId, string PopReceipt);
