using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class CloseNeed(NeedService needs)
{
    /// <summary>What a request without a body asks: it says no reason, so it is refused naming <c>reason</c>.</summary>
    private static readonly CloseNeedInput NoBody = new(null, null);

    [Function(nameof(CloseNeed))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs/{id}/close")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (why, problem) = await JsonBody.ReadValidAsync(request, NeedValidator.Validate, NoBody, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await needs.CloseAsync(id, request.HttpContext.GetCaller().SubjectId!, NeedStatus.ClosedByCoop, why, null, cancellationToken);
        var view = result.Value is null ? null : await needs.ViewAsync(result.Value, cancellationToken);
        return Versioned.From(request, result, need => need.ETag, _ => view!);
    }
}
