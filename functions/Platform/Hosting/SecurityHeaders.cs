using Microsoft.AspNetCore.Http;

namespace Matchmaker.Platform.Hosting;

/// <summary>Headers every answer carries, under either host.</summary>
public static class SecurityHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
