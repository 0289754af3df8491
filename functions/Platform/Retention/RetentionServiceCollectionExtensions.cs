using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>The retention settings' check at start-up, and the daily pruning of every table with a period.</summary>
    public static IServiceCollection AddMatchmakerRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<EndedIntroductions>();
        services.AddSingleton<IRetentionRule, OutboxRetention>();
        services.AddSingleton<IRetentionRule, IntroductionTokenRetention>();
        services.AddSingleton<IRetentionRule, SuggestionRetention>();
        services.AddSingleton<IRetentionRule, DecisionRetention>();
        services.AddSingleton<IRetentionRule, AuditRetention>();
        services.AddSingleton<IRetentionRule, LimitCounterRetention>();
        services.AddSingleton<RetentionSweep>();
        return services;
    }
}
