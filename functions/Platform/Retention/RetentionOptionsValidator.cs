using System.Reflection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Retention;

/// <summary>
/// Checked at start-up: a retention period of 0 or less (which would keep rows forever, or delete them at
/// once) or beyond <see cref="MaxDays"/> stops the app with a message naming the setting.
/// </summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    /// <summary>Ten years: longer than any period this data could need, and far from the date arithmetic's limits.</summary>
    public const int MaxDays = 3650;

    // Every period, including ones added to the settings later: they are the int properties, each a number of days.
    private static readonly PropertyInfo[] Periods = [.. typeof(RetentionOptions).GetProperties().Where(p => p.PropertyType == typeof(int))];

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Periods
            .Select(p => (p.Name, Days: (int)p.GetValue(options)!))
            .Where(p => p.Days is < 1 or > MaxDays)
            .Select(p => $"{RetentionOptions.SectionName}:{p.Name} is {p.Days}; it must be a number of days from 1 to {MaxDays}. " +
                "The rows it governs hold data about people or their actions, so there is no setting that keeps them forever.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
