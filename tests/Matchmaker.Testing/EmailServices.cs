using Matchmaker.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Testing;

/// <summary>A container with the email registrations as <c>AddMatchmaker</c> has them, over the given settings.</summary>
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

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<EmailOptions>>(new EmailSettingOldNames(configuration));
        services.AddHttpClient(SendGridEmailSender.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.AttemptTimeout);
        services.AddSingleton<IEmailSender>(EmailSenderSelector.Create);
        services.AddSingleton<Matchmaker.Email.Outbox.EmailDelivery>();
        services.AddSingleton<TemplateFiles>();
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<ConfirmationEmail>();
        return services.BuildServiceProvider();
    }
}
