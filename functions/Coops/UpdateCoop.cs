using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class UpdateCoop(CoopService coops)
{
    [Function(nameof(UpdateCoop))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "coops/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<CoopInput>(request, CoopValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await coops.UpdateContactAsync(id, input!, IfMatch.From(request), cancellationToken);
        var view = result.Value is null ? null : await coops.ViewAsync(result.Value, cancellationToken);
        return Versioned.From(request, result, coop => coop.ETag, _ => view!);
    }
}
