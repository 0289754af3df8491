using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Review;

/// <summary>Turns a decision's outcome into the HTTP answer: 200 with the decision, or 404/409 saying why in words.</summary>
public static class DecisionAnswer
{
    /// <summary>Reads and validates the decision's body, then lets <paramref name="decide"/> make it and answers its outcome.</summary>
    public static async Task<IActionResult> DecideAsync<TInput>(
        HttpRequest request,
        Func<TInput, IReadOnlyDictionary<string, string[]>> validate,
        Func<TInput, Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)>> decide,
        CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(decide);
        var (input, problem) = await JsonBody.ReadValidAsync(request, validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (decided, refusal) = await decide(input!);
        return From(decided, refusal);
    }

    public static IActionResult From(SuggestionDecided? decided, DecisionRefusal refusal) => refusal switch
    {
        DecisionRefusal.None => new OkObjectResult(decided),
        DecisionRefusal.NotFound => Problems.NotFound(),
        DecisionRefusal.AlreadyDecided => Conflict("This suggestion is already decided.", "A decision, once made, stands; reload to see it."),
        DecisionRefusal.NeedNotOpen => Conflict("The need is no longer open.", "The co-op closed it; the suggestion cannot be approved."),
        DecisionRefusal.NoOpeningsLeft => Conflict("The need has no openings left.", "As many suggestions as it has openings are already approved."),
        DecisionRefusal.NoConsentToIntroductions => Conflict(
            "The person no longer agrees to introductions.", "They changed their consent or left; the suggestion cannot be approved."),
        DecisionRefusal.ChangedMeanwhile => Conflict("The suggestion changed while you decided.", "Matching updated it just now; reload and decide again."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
    };

    private static IActionResult Conflict(string title, string detail) => Problems.Status(StatusCodes.Status409Conflict, title, detail);
}
