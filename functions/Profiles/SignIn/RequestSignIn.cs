using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Limits;
using Matchmaker.Profiles.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// Asks for a sign-in link by email. The answer is the same 202 for any address, known or not; only the
/// limits, counted before any look-up, can refuse it.
/// </summary>
public sealed class RequestSignIn(EmailRequestLimits limits, CallerAddress callers, SignInService signIn)
{
    [Function(nameof(RequestSignIn))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sign-in")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadValidAsync<SignInInput>(request, SignInValidator.Validate, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await limits.TryTakeAsync(input!.Email!, callers.Of(request.HttpContext), cancellationToken) is { } wait)
        {
            return Problems.TooMany(request.HttpContext.Response, wait, "Too many sign-in requests.");
        }

        await signIn.RequestAsync(input.Email!, cancellationToken);
        return new AcceptedResult((string?)null, new SignInRequested());
    }
}
