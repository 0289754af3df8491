using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Matchmaker.Platform.Http;

/// <summary>
/// Reads a JSON request body of at most <see cref="MaxBytes"/>: a body that is too large answers 413, one
/// sent as anything but JSON 415, and one that is not valid JSON for the type 400 naming the field.
/// </summary>
public static partial class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class => ReadAsync<T>(request, whenEmpty: null, cancellationToken);

    /// <summary>Reads the body and applies <paramref name="validate"/>; any problem comes back as the answer to give.</summary>
    public static Task<(T? Value, IActionResult? Problem)> ReadValidAsync<T>(
        HttpRequest request, Func<T, IReadOnlyDictionary<string, string[]>> validate, CancellationToken cancellationToken)
        where T : class => ReadValidAsync(request, validate, whenEmpty: null, cancellationToken);

    /// <summary>
    /// As the other overload, but an empty body is read as <paramref name="whenEmpty"/> and validated as such,
    /// so a caller that sends no body hears which required field is missing rather than that a body is.
    /// </summary>
    public static async Task<(T? Value, IActionResult? Problem)> ReadValidAsync<T>(
        HttpRequest request, Func<T, IReadOnlyDictionary<string, string[]>> validate, T? whenEmpty, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        var (value, problem) = await ReadAsync(request, whenEmpty, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var errors = validate(value!);
        return errors.Count > 0 ? (null, Problems.Validation(errors)) : (value, null);
    }

    private static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, T? whenEmpty, CancellationToken cancellationToken)
        where T : class
    {
        if (await RawBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body)
        {
            return (null, Problems.TooLarge(MaxBytes));
        }

        if (body.Length == 0)
        {
            return whenEmpty is null ? (null, Problems.Validation("body", "A JSON body is required.")) : (whenEmpty, null);
        }

        // Only a JSON body is read: a cross-site HTML form (urlencoded, multipart or text/plain) cannot post here.
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON.", "Send it with 'Content-Type: application/json'."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, MatchmakerJson.RequestOptions);
            return value is null ? (null, Problems.Validation("body", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, Problems.Validation(FieldOf(exception), MessageOf(exception)));
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static string FieldOf(JsonException exception)
    {
        var path = exception.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "";
        var unknown = UnknownProperty().Match(exception.Message);
        // For an unknown field the path already ends at the field itself.
        return path.Length > 0 ? path : unknown.Success ? unknown.Groups[1].Value : "body";
    }

    private static string MessageOf(JsonException exception) =>
        UnknownProperty().IsMatch(exception.Message) ? "This field is not part of the request body, or cannot be set by a client."
        : exception.Path is { Length: > 1 } ? "This field has the wrong type or is not valid JSON."
        : "The body is not valid JSON.";

    [GeneratedRegex("The JSON property '(.+?)' could not be mapped")]
    private static partial Regex UnknownProperty();
}
