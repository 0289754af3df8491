using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Limits;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Matchmaker.Profiles;
using Matchmaker.Profiles.AccountEmails;
using Matchmaker.Profiles.Consents;
using Matchmaker.Profiles.FollowUps;
using Matchmaker.Profiles.Limits;
using Matchmaker.Profiles.SignIn;
using Matchmaker.Ranking.Decisions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// The profile services wired by hand against the given storage clients (so a test can put a fault in them),
/// with emails written to an eml folder and the hourly limits and the day's budget off. The suppression key's
/// blob is read through a client of its own: faults are for the paths under test.
/// </summary>
public sealed class ProfileParts
{
    /// <param name="consentTables">The tables the consent log writes to; the rest go to <paramref name="tables"/>.</param>
    /// <param name="copyDelay">How long queued copies of follow-ups and account emails wait before they are delivered.</param>
    public ProfileParts(string connectionString, TableServiceClient tables, QueueServiceClient queues, string emlFolder, TableServiceClient? consentTables = null, TimeSpan? copyDelay = null)
    {
        var key = new Matchmaker.Email.Unsubscribe.SuppressionKey(
            Options.Create(new Matchmaker.Email.EmailOptions { SuppressionKey = StandaloneApp.SuppressionKey }), new Azure.Storage.Blobs.BlobServiceClient(connectionString));
        var hasher = new Matchmaker.Email.Unsubscribe.AddressHasher(key);
        var queue = new QueueSender(queues);
        var credentials = new CredentialStore(tables, TimeProvider.System);
        var confirmation = new ProfileConfirmation(credentials, TimeProvider.System);
        var email = EmailServices.Build(new Dictionary<string, string?> { ["Matchmaker:Email:EmlFolder"] = emlFolder });
        var suppressions = new Matchmaker.Email.Unsubscribe.SuppressionList(tables, hasher, TimeProvider.System, NullLogger<Matchmaker.Email.Unsubscribe.SuppressionList>.Instance);
        var budget = new DailyEmailBudget(new LimitCounter(tables, TimeProvider.System), Options.Create(new LimitOptions { EmailsPerDay = 0 }), TimeProvider.System);
        var metrics = new MatchmakerMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var guard = new Matchmaker.Email.Keys.EmailKeyGuard(key, TimeProvider.System, NullLogger<Matchmaker.Email.Keys.EmailKeyGuard>.Instance);
        var outbox = new EmailOutbox(tables, email.GetRequiredService<EmailDelivery>(), suppressions, guard, budget, metrics, TimeProvider.System, NullLogger<EmailOutbox>.Instance);
        var store = new ProfileStore(tables);
        AccountEmails = new AccountEmailSender(
            store, confirmation, new SignInCodes(credentials, Options.Create(new SignInOptions())), TestTemplates.Confirmation(), TestTemplates.SignIn(),
            outbox, queue, Options.Create(new MatchmakerOptions()), Options.Create(new AccountEmailOptions { RetryDelay = copyDelay ?? TimeSpan.FromMinutes(2) }),
            NullLogger<AccountEmailSender>.Instance);
        var consents = new ConsentLog(consentTables ?? tables);
        var index = new EmailIndex(tables, hasher);
        IConsentChangeHandler[] handlers = [new IntroductionsOnConsentChange(new IntroductionStore(tables), queue), new DecisionsOnConsentChange(new DecisionStore(tables, TimeProvider.System))];
        FollowUps = new ProfileFollowUps(
            store, consents, index, AccountEmails, handlers, queue,
            Options.Create(new ProfileFollowUpOptions { Delay = copyDelay ?? TimeSpan.FromMinutes(2) }), NullLogger<ProfileFollowUps>.Instance);
        // The hourly limits off (0): these tests are about what a save stores, not how often it may email.
        var limits = new EmailRequestLimits(
            new LimitCounter(tables, TimeProvider.System), hasher, Options.Create(new LimitOptions { SignUpsPerCallerPerHour = 0, EmailsPerAddressPerHour = 0 }));
        Service = new ProfileService(store, credentials, confirmation, AccountEmails, consents, index, limits, FollowUps, queue, TimeProvider.System);
        Index = index;
        Consents = consents;
    }

    public ProfileService Service { get; }

    public ProfileFollowUps FollowUps { get; }

    public AccountEmailSender AccountEmails { get; }

    public EmailIndex Index { get; }

    public ConsentLog Consents { get; }
}
