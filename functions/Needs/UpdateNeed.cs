using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class UpdateNeed(NeedService needs)
{
    [Function(nameof(UpdateNeed))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "needs/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<NeedInput>(request, NeedValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await needs.UpdateAsync(id, request.HttpContext.GetCaller().SubjectId!, input!, IfMatch.From(request), cancellationToken);
        var view = result.Value is null ? null : await needs.ViewAsync(result.Value, cancellationToken);
        return Versioned.From(request, result, need => need.ETag, _ => view!);
    }
}
