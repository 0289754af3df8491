namespace Matchmaker.Tests.Introductions;

/// <summary>Introductions with seconds instead of days to answer, so reminders and expiry happen within a test.</summary>
public sealed class ShortDeadlineWorld : IntroductionWorld
{
    public static readonly TimeSpan RemindAfter = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(8);

    protected override IEnumerable<string> IntroductionSettings =>
        [$"--Matchmaker:Introductions:RemindAfter={RemindAfter}", $"--Matchmaker:Introductions:AnswerWithin={AnswerWithin}"];
}
