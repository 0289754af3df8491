using Matchmaker.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Testing;

/// <summary>A container with the app's email registrations (<c>AddMatchmakerEmail</c>, as <c>AddMatchmaker</c> uses it) over the given settings.</summary>
public static class EmailServices
{
    /// <param name="time">The clock the email services read (default: the system's).</param>
    public static ServiceProvider Build(IDictionary<string, string?> settings, ILoggerProvider? logs = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton(time ?? TimeProvider.System);

        services.AddMatchmakerEmail(configuration);
        return services.BuildServiceProvider();
    }
}
