namespace Matchmaker.Platform.Common;

/// <summary>One page of a list; pass <see cref="Continuation"/> back as <c>?continuation=</c> for the next, null on the last.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, string? Continuation);
