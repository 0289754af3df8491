namespace Matchmaker.Needs;

/// <summary>The body of POST /api/needs/{id}/close: why the co-op closes the need, and an optional note for its own records.</summary>
/// <param name="Reason">One of <see cref="NeedCloseReasons.All"/>; required.</param>
/// <param name="Note">Free text up to <see cref="NeedValidator.MaxCloseNote"/> characters, line breaks allowed.</param>
public sealed record CloseNeedInput(string? Reason, string? Note);
