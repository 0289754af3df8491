namespace Matchmaker.Email.Events;

/// <param name="Batch">The name of a stored batch in the <c>email-events</c> container: an id, nothing personal.</param>
public sealed record EmailEventBatchMessage(string Batch);
