using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

/// <summary>The one <see cref="IEmailSender"/> registration: SendGrid when a key is configured, <c>.eml</c> files in a folder otherwise.</summary>
public static class EmailSenderSelector
{
    public static IEmailSender Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.SendGridApiKey)
            ? ActivatorUtilities.CreateInstance<EmlFolderEmailSender>(services)
            : ActivatorUtilities.CreateInstance<SendGridEmailSender>(services);
    }
}
