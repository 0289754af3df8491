using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Coops;

public sealed class CreateCoop(CoopService coops)
{
    [Function(nameof(CreateCoop))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "coops")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<CoopInput>(request, CoopValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var created = await coops.CreateAsync(input!, cancellationToken);
        return new CreatedResult($"/api/coops/{created.Id}", created);
    }
}
