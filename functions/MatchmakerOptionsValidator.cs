using Microsoft.Extensions.Options;

namespace Matchmaker;

/// <summary>Checked at start-up: settings that would leave the app open or broken stop it with a message saying which and why.</summary>
public sealed class MatchmakerOptionsValidator : IValidateOptions<MatchmakerOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchmakerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.CoordinatorKey is { Length: > 0 and < MatchmakerOptions.MinCoordinatorKeyLength } key
            ? ValidateOptionsResult.Fail(
                $"Matchmaker:CoordinatorKey is {key.Length} characters long; it must have at least {MatchmakerOptions.MinCoordinatorKeyLength}. " +
                "Make one with 'openssl rand -base64 32', or leave it unset to use Entra ID sign-in only.")
            : ValidateOptionsResult.Success;
    }
}
