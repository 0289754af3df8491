using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// The retention settings, checked at start-up, the daily job, and the pruning of the platform's own tables.
    /// Each feature registers an <see cref="IRetentionRule"/> for its own tables beside.
    /// </summary>
    public static IServiceCollection AddMatchmakerRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<IRetentionRule, AuditRetention>();
        services.AddSingleton<IRetentionRule, LimitCounterRetention>();
        services.AddSingleton<IRetentionRule, Credentials.ExpiredCodeRetention>();
        return services;
    }
}
