namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// Introductions with seconds instead of days to answer, so reminders and expiry happen within a test. The
/// reminder's step must run before the deadline's, on real time and queue delays: the deadline is far enough
/// after the reminder that a busy machine (other test classes run at the same time) cannot run them out of order.
/// </summary>
public sealed class ShortDeadlineWorld : IntroductionWorld
{
    public static readonly TimeSpan RemindAfter = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(20);

    protected override IEnumerable<string> IntroductionSettings =>
        [$"--Matchmaker:Introductions:RemindAfter={RemindAfter}", $"--Matchmaker:Introductions:AnswerWithin={AnswerWithin}"];
}
