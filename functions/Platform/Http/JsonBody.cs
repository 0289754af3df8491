using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Http;

/// <summary>
/// Reads a JSON request body of at most <see cref="MaxBytes"/>: a body that is too large answers 413,
/// one that is not valid JSON for the type answers 400 naming the field.
/// </summary>
public static partial class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (await RawBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body)
        {
            return (null, Problems.TooLarge(MaxBytes));
        }

        if (body.Length == 0)
        {
            return (null, Problems.Validation("body", "A JSON body is required."));
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

    /// <summary>Reads the body and applies <paramref name="validate"/>; any problem comes back as the answer to give.</summary>
    public static async Task<(T? Value, IActionResult? Problem)> ReadValidAsync<T>(
        HttpRequest request, Func<T, IReadOnlyDictionary<string, string[]>> validate, CancellationToken cancellationToken)
        where T : class
    {
        var (value, problem) = await ReadAsync<T>(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var errors = validate(value!);
        return errors.Count > 0 ? (null, Problems.Validation(errors)) : (value, null);
    }

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
