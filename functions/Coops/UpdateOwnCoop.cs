using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class UpdateOwnCoop(CoopService coops)
{
    [Function(nameof(UpdateOwnCoop))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "coops/me")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<CoopProfileInput>(request, CoopValidator.ValidateProfile, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await coops.UpdateProfileAsync(request.HttpContext.GetCaller().SubjectId!, input!, IfMatch.From(request), cancellationToken);
        var view = result.Value is null ? null : await coops.ViewAsync(result.Value, cancellationToken);
        return Versioned.From(request, result, coop => coop.ETag, _ => view!);
    }
}
