namespace Matchmaker.Review;

/// <param name="Reason">One of <see cref="RejectionReasons.All"/>: a reason a later model can learn from.</param>
public sealed record RejectInput(string? Reason, string? Note);
