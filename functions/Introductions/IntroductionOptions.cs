namespace Matchmaker.Introductions;

/// <summary>The <c>Matchmaker:Introductions</c> settings.</summary>
public sealed class IntroductionOptions
{
    public const string SectionName = "Matchmaker:Introductions";

    /// <summary>How long both sides have to answer; the response links expire with it.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Whoever has not answered by then gets one reminder.</summary>
    public TimeSpan RemindAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The coordinators' address, copied on the introduction email; none when empty.</summary>
    public string? CoordinatorEmail { get; set; }

    public string CoordinatorName { get; set; } = "Matchmaker coordinators";
}
