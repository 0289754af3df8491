using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles.SignIn;

/// <summary>Exchanges the code of a sign-in link, once, for a new owner token.</summary>
public sealed class SignInWithCode(SignInService signIn)
{
    [Function(nameof(SignInWithCode))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/sign-in")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<SignInCodeInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (outcome, token) = await signIn.SignInAsync(id, input!.Code, cancellationToken);
        return outcome switch
        {
            SignInOutcome.SignedIn => new OkObjectResult(new SignedIn(token!)),
            SignInOutcome.InvalidCode => Problems.Validation("code", "This sign-in link was used already, has expired, or a newer one replaced it."),
            _ => Problems.NotFound(),
        };
    }
}
