using Matchmaker.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Unit.Email;

public sealed class EmailSenderSelectorTests
{
    [Fact]
    public void A_sendgrid_key_selects_sendgrid()
    {
        using var services = EmailServices.Build(new Dictionary<string, string?> { ["Matchmaker:Email:SendGridApiKey"] = "SG.key" });

        Assert.IsType<SendGridEmailSender>(services.GetRequiredService<IEmailSender>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_sendgrid_key_emails_go_to_the_eml_folder(string? key)
    {
        using var services = EmailServices.Build(new Dictionary<string, string?> { ["Matchmaker:Email:SendGridApiKey"] = key });

        Assert.IsType<EmlFolderEmailSender>(services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public void The_sender_is_chosen_once_and_shared()
    {
        using var services = EmailServices.Build(new Dictionary<string, string?>());

        Assert.Same(services.GetRequiredService<IEmailSender>(), services.GetRequiredService<IEmailSender>());
    }
}
