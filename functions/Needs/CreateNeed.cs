using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

public sealed class CreateNeed(NeedService needs)
{
    [Function(nameof(CreateNeed))]
    [RequiresRole(CallerRole.Coop)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<NeedInput>(request, NeedValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var need = await needs.CreateAsync(request.HttpContext.GetCaller().SubjectId!, input!, cancellationToken);
        request.HttpContext.Response.Headers.ETag = need.ETag.ToString("H");
        return new CreatedResult($"/api/needs/{need.Id}", new NeedCreated(need.Id));
    }
}
