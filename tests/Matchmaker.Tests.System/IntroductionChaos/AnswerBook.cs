using System.Collections.Concurrent;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// The answers to asks, shared by all groups (any group answers any ask), by <c>{introductionId}/{side}</c>:
/// which are taken or settled, how often each was tried, and which were refused on their first try.
/// </summary>
public sealed class AnswerBook
{
    /// <summary>False while an answer is on its way, true once settled (answered, and not with a 5xx).</summary>
    public ConcurrentDictionary<string, bool> Taken { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Tries { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Answers whose first try, the link never used before, was answered 410: right only if the introduction
    /// has ended or expired, wrong if the answer was recorded after all.
    /// </summary>
    public ConcurrentDictionary<string, bool> RefusedOnFirstTry { get; } = new(StringComparer.Ordinal);

    public bool IsSettled(string key) => Taken.TryGetValue(key, out var settled) && settled;
}
