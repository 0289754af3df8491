using Matchmaker.Email.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Composing and sending email: the settings (old names included), the sender SendGrid or the eml folder,
    /// delivery with its retries and limits, and the Liquid templates of every email and every page behind an
    /// email link. Nothing here needs storage, so tests of email alone build just this.
    /// </summary>
    public static IServiceCollection AddMatchmakerEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<EmailOptions>>(new EmailSettingOldNames(configuration));
        services.AddHttpClient(SendGridEmailSender.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<EmailOptions>>().Value.AttemptTimeout);
        services.AddSingleton<IEmailSender>(EmailSenderSelector.Create);
        services.AddSingleton<EmailDelivery>();
        services.AddSingleton<TemplateFiles>();
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<ConfirmationEmail>();
        services.AddSingleton<SignInEmail>();
        services.AddSingleton<PageTemplates>();
        return services;
    }
}
