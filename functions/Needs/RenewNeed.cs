using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class RenewNeed(NeedService needs)
{
    [Function(nameof(RenewNeed))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs/{id}/renew")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var result = await needs.RenewAsync(id, request.HttpContext.GetCaller().SubjectId!, cancellationToken);
        var view = result.Value is null ? null : await needs.ViewAsync(result.Value, cancellationToken);
        return Versioned.From(request, result, need => need.ETag, _ => view!);
    }
}
