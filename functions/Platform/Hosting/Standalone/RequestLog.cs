using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// One line per request: method, path, query, status and duration. Query values named <c>token</c>,
/// <c>code</c> or <c>key</c> are written as <c>***</c> (older email links carry an introduction token in
/// the query); bodies and headers are never written, and the pages keep their secrets in fragments, which
/// browsers do not send.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    private static readonly string[] SecretNames = ["token", "code", "key"];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var query = MaskedQuery(context.Request.QueryString);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "", query, context.Response.StatusCode, elapsed);
            }
        }
    }

    /// <summary>The query as sent, with the value of every secret-named parameter replaced by <c>***</c>.</summary>
    public static string MaskedQuery(QueryString query)
    {
        if (!query.HasValue || query.Value!.Length <= 1)
        {
            return "";
        }

        var masked = new StringBuilder("?");
        foreach (var part in query.Value[1..].Split('&'))
        {
            if (masked.Length > 1)
            {
                masked.Append('&');
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var decoded = Uri.UnescapeDataString(name.Replace('+', ' '));
            masked.Append(SecretNames.Contains(decoded.Trim(), StringComparer.OrdinalIgnoreCase) ? $"{name}=***" : part);
        }

        return masked.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}{Query} answered {Status} in {DurationMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, string query, int status, double durationMs);
}
