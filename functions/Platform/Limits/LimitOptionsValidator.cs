using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Limits;

/// <summary>Checked at start-up: a trusted proxy list the app cannot read stops it, rather than failing every sign-up later.</summary>
public sealed class LimitOptionsValidator : IValidateOptions<LimitOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            TrustedProxyList.Parse(options.TrustedProxies);
            return ValidateOptionsResult.Success;
        }
        catch (FormatException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
