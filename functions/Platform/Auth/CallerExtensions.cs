using Microsoft.AspNetCore.Http;

namespace Matchmaker.Platform.Auth;

public static class CallerExtensions
{
    /// <summary>The caller that <see cref="CallerAuthorization"/> resolved for this request.</summary>
    public static Caller GetCaller(this HttpContext context) =>
        context.Items.TryGetValue(typeof(Caller), out var caller) && caller is Caller resolved ? resolved : Caller.Anonymous;
}
