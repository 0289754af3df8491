using System.Net.Mail;

namespace Matchmaker.Platform.Common;

/// <summary>Field checks shared by every request body; each failure is recorded under the field's JSON path.</summary>
public sealed class FieldRules
{
    public const int MaxText = 200;
    public const int MaxLongText = 4000;
    public const int MaxListItems = 50;

    public static readonly string[] Levels = ["learning", "working", "advanced", "expert"];
    public static readonly string[] RemoteOptions = ["on-site", "remote-ok", "remote-only"];

    private readonly Dictionary<string, List<string>> errors = [];

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Text(string field, string? value, bool required, int max = MaxText, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "This field is required.");
            }

            return;
        }

        if (value.Length > max)
        {
            Add(field, $"At most {max} characters.");
        }

        if (!IsWellFormed(value, multiline))
        {
            Add(field, multiline ? "Control characters other than line breaks and tabs are not allowed." : "Control characters and line breaks are not allowed.");
        }
    }

    public void OneOf(string field, string? value, string[] allowed, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "This field is required.");
            }
        }
        else if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Add(field, $"Must be one of: {string.Join(", ", allowed)}.");
        }
    }

    public void Range(string field, double? value, double min, double max, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "This field is required.");
            }
        }
        else if (double.IsNaN(value.Value) || value < min || value > max)
        {
            Add(field, $"Must be between {min} and {max}.");
        }
    }

    public void Email(string field, string? value)
    {
        Text(field, value, required: true);
        if (string.IsNullOrWhiteSpace(value) || !IsWellFormed(value, multiline: false) || value.Length > MaxText)
        {
            return;
        }

        var at = value.LastIndexOf('@');
        if (value.Any(char.IsWhiteSpace) || at < 1 || !value[(at + 1)..].Contains('.', StringComparison.Ordinal)
            || !MailAddress.TryCreate(value, out var parsed) || parsed.Address != value)
        {
            Add(field, "Must be an email address such as name@example.org.");
        }
    }

    public void List(string field, IReadOnlyList<string?>? values, int maxItems = MaxListItems)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count > maxItems)
        {
            Add(field, $"At most {maxItems} items.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            Text($"{field}[{i}]", values[i], required: true);
        }
    }

    public void Skills(string field, IReadOnlyList<SkillInput?>? skills, bool required, bool levelRequired)
    {
        if (skills is null || skills.Count == 0)
        {
            if (required)
            {
                Add(field, "At least one skill is required.");
            }

            return;
        }

        if (skills.Count > MaxListItems)
        {
            Add(field, $"At most {MaxListItems} skills.");
        }

        for (var i = 0; i < skills.Count; i++)
        {
            Text($"{field}[{i}].name", skills[i]?.Name, required: true);
            OneOf($"{field}[{i}].level", skills[i]?.Level, Levels, levelRequired);
        }
    }

    public void Location(string field, LocationInput? location, bool required)
    {
        if (location is null)
        {
            if (required)
            {
                Add(field, "This field is required.");
            }

            return;
        }

        Text($"{field}.city", location.City, required: false);
        Country($"{field}.country", location.Country, required: false);

        OneOf($"{field}.remote", location.Remote, RemoteOptions, required: true);
    }

    /// <summary>Days per week: whole or half days from 0.5 to 5.</summary>
    public void Days(string field, double? value)
    {
        Range(field, value, 0.5, 5, required: true);
        if (value is { } days && !double.IsNaN(days) && days % 0.5 != 0)
        {
            Add(field, "Must be a whole or half day.");
        }
    }

    public void Country(string field, string? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "This field is required.");
            }
        }
        else if (value.Length != 2 || !value.All(char.IsAsciiLetterUpper))
        {
            Add(field, "Must be a two-letter ISO 3166 country code such as GB.");
        }
    }

    public void Currency(string field, string? value)
    {
        if (value is not null && (value.Length != 3 || !value.All(char.IsAsciiLetterUpper)))
        {
            Add(field, "Must be a three-letter ISO 4217 currency code such as GBP.");
        }
    }

    // Lone surrogates cannot be stored faithfully; control characters have no place in names or emails.
    private static bool IsWellFormed(string value, bool multiline)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            {
                return false;
            }
        }

        return true;
    }
}
