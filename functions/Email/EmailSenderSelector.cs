using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

/// <summary>The one <see cref="IEmailSender"/> registration: SendGrid when a key is configured, the outbox otherwise.</summary>
public static class EmailSenderSelector
{
    public static IEmailSender Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.SendGridApiKey)
            ? ActivatorUtilities.CreateInstance<OutboxEmailSender>(services)
            : ActivatorUtilities.CreateInstance<SendGridEmailSender>(services);
    }
}
