namespace Matchmaker.Introductions;

/// <summary>The JSON answer to <c>POST /introductions/{id}/respond</c> once the answer is recorded.</summary>
public sealed record RespondResult(string Status, string Answer)
{
    public const string Recorded = "recorded";
}
