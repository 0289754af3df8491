using System.Reflection;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Auth;

/// <summary>
/// The one place roles are enforced, called by the middleware of either host before a function runs.
/// It leaves the caller on the request for the function (<see cref="CallerExtensions.GetCaller"/>). Every
/// HTTP function must declare its role with <see cref="RequiresRoleAttribute"/>, anonymous included.
/// </summary>
public sealed class CallerAuthorization(CallerResolver resolver)
{
    /// <returns>null to let the function run, or the answer to give instead.</returns>
    public async Task<IActionResult?> AuthorizeAsync(HttpContext context, MethodInfo function, string? routeId)
    {
        var caller = await resolver.ResolveAsync(context.Request, context.RequestAborted);
        context.Items[typeof(Caller)] = caller;
        // Fail closed: a function that declares no role (anonymous included) is never run.
        if (function.GetCustomAttribute<RequiresRoleAttribute>()?.Role is not { } required)
        {
            return Undeclared();
        }

        return required switch
        {
            CallerRole.Anonymous => null,
            CallerRole.Owner => routeId is not null && caller.Owns(routeId) ? null : Problems.NotFound(),
            _ when caller.Role == required => null,
            _ when caller.Role == CallerRole.Anonymous => Unauthorized(context),
            _ => Problems.Status(StatusCodes.Status403Forbidden, "This route is not open to your role."),
        };
    }

    /// <summary>The answer for a function the catalog does not know or that declares no role: refused, whoever asks.</summary>
    public static IActionResult Undeclared() =>
        Problems.Status(StatusCodes.Status403Forbidden, "This route is not open to anyone.", "It declares no role, so it is refused rather than run.");

    private static IActionResult Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Status(StatusCodes.Status401Unauthorized, "A credential is required.", "Send it as 'Authorization: Bearer <key>'.");
    }
}
