using System.Net;

namespace Matchmaker.Email;

/// <summary>
/// The mail service answered but did not accept the email. <see cref="IsRetryable"/> is true for 429 and 5xx,
/// where trying again later can succeed; any other status (bad request, bad key) will fail the same way again.
/// </summary>
public sealed class EmailSendException : Exception
{
    public EmailSendException()
    {
    }

    public EmailSendException(string message)
        : base(message)
    {
    }

    public EmailSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailSendException(HttpStatusCode statusCode, TimeSpan? retryAfter)
        : base($"The mail service did not accept the email: HTTP {(int)statusCode} ({statusCode}).")
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>The mail service's answer; null when the exception was not built from one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's <c>Retry-After</c>, when it gave one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True for 429 Too Many Requests and 5xx: the same email may be sent again later.</summary>
    public bool IsRetryable => StatusCode is { } status && ((int)status == 429 || (int)status >= 500);
}
