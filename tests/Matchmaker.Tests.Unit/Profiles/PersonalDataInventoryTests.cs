using Matchmaker.Profiles.PersonalData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Unit.Profiles;

/// <summary>
/// Erasure walks the holders of personal data in the order <c>AddMatchmaker</c> registers them, so that order
/// is a promise: the matching index first (it queues the later sweep before anything is gone), the owner's
/// credential last (an interrupted erasure can be finished with the same token).
/// </summary>
public sealed class PersonalDataInventoryTests
{
    [Fact]
    public void The_app_registers_every_holder_once_with_the_index_first_and_the_owner_credential_last()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddMatchmaker(configuration).BuildServiceProvider();

        var names = services.GetRequiredService<PersonalDataInventory>().Holders.Select(holder => holder.Name).ToList();

        Assert.Equal("skillIndex", names[0]);
        Assert.Equal("credentials", names[^1]);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["accountEmails", "consentHistory", "credentials", "decisionAudit", "decisions", "introductions", "profile", "signInIndex", "skillIndex", "suggestions"],
            names.Order(StringComparer.Ordinal));

        // The sign-in index goes before the profile: once erasure starts, no sign-in email can find the person.
        Assert.True(names.IndexOf("signInIndex") < names.IndexOf("profile"), string.Join(", ", names));
    }
}
