using Azure.Storage.Queues;
using Matchmaker.Coops;
using Matchmaker.Demo;
using Matchmaker.Email;
using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Opportunities;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Health;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Limits;
using Matchmaker.Platform.Poison;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Matchmaker.Profiles;
using Matchmaker.Profiles.AccountEmails;
using Matchmaker.Profiles.Consents;
using Matchmaker.Profiles.FollowUps;
using Matchmaker.Profiles.Limits;
using Matchmaker.Profiles.PersonalData;
using Matchmaker.Profiles.SignIn;
using Matchmaker.Ranking;
using Matchmaker.Ranking.Decisions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Matchmaker;

public static class MatchmakerServiceCollectionExtensions
{
    /// <summary>Every registration of the app, shared by the Functions host and the standalone host.</summary>
    public static IServiceCollection AddMatchmaker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchmakerOptions>().Bind(configuration.GetSection(MatchmakerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MatchmakerOptions>, MatchmakerOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddMvcCore();
        services.AddMatchmakerTelemetry(configuration);

        services.AddOptions<QueueOutageOptions>().Bind(configuration.GetSection(QueueOutageOptions.SectionName))
            .Validate(options => options.LeaseOutlastsBudget, "Matchmaker:Queues:MessageLease must be longer than Matchmaker:Queues:OutageBudget.")
            .Validate(options => options.RunOutlastsBudget, "Matchmaker:Queues:LongestRun must be at least Matchmaker:Queues:OutageBudget.")
            .ValidateOnStart();
        services.AddSingleton<OutageRetry>();
        var queueOptions = QueueHostOptions.LoadDefault();
        services.AddSingleton(queueOptions);
        services.AddSingleton(_ => StorageAccount.FromConfiguration(configuration));
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateTableServiceClient());
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateQueueServiceClient(queueOptions.MessageEncoding));
        services.AddKeyedSingleton(StorageAccount.UnencodedQueues, (sp, _) => sp.GetRequiredService<StorageAccount>().CreateQueueServiceClient(QueueMessageEncoding.None));
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateBlobServiceClient());
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        services.AddSingleton<QueueSender>();
        services.AddSingleton<StorageHealthProbe>();

        services.AddMatchmakerEmail(configuration);
        services.AddSingleton<DailyEmailBudget>();
        services.AddSingleton<EmailOutbox>();

        // Unsubscribe links, the suppression list, and SendGrid's signed event webhook.
        // The longer constructor (fingerprints, Development only generates a key): the container takes the longest it can fill.
        services.AddSingleton<Email.Unsubscribe.SuppressionKey>();
        // No email while that key may not be used: the outbox asks the guard first, and every other email
        // passes it in the sender. It also checks the key at start and every few minutes.
        services.AddSingleton<Email.Keys.EmailKeyGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<Email.Keys.EmailKeyGuard>());
        services.AddSingleton<IHealthProblemSource, Email.Keys.EmailKeyHealth>();
        services.Replace(ServiceDescriptor.Singleton<IEmailSender>(sp =>
            new Email.Keys.KeyGuardedEmailSender(EmailSenderSelector.Create(sp), sp.GetRequiredService<Email.Keys.EmailKeyGuard>())));
        services.AddSingleton<Email.Unsubscribe.AddressHasher>();
        services.AddSingleton<Email.Unsubscribe.SuppressionList>();
        services.AddSingleton<Email.Unsubscribe.UnsubscribeLinks>();
        services.AddSingleton<Email.Unsubscribe.UnsubscribePages>();
        services.AddSingleton<Email.Events.EventWebhookSignature>();
        services.AddSingleton<Email.Events.EmailEventBatches>();
        services.AddSingleton<Email.Events.EmailEventStore>();
        services.AddSingleton<Email.Events.OutboxDeliveries>();
        services.AddSingleton<Email.Events.EmailEventProcessor>();

        services.AddSingleton<CredentialStore>();
        services.AddSingleton<CoordinatorKey>();
        services.AddHostedService(sp => sp.GetRequiredService<CoordinatorKey>());
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<CallerAuthorization>();

        services.AddSingleton<ProfileStore>();
        // What each table keeps and for how long (docs/operations.md), pruned by the daily PruneExpiredRecords.
        services.AddMatchmakerRetention(configuration);
        services.AddSingleton<EndedIntroductions>();
        services.AddSingleton<IRetentionRule, OutboxRetention>();
        services.AddSingleton<IRetentionRule, IntroductionTokenRetention>();
        services.AddSingleton<IRetentionRule, SuggestionRetention>();
        services.AddSingleton<IRetentionRule, DecisionRetention>();
        services.AddOptions<LimitOptions>().Bind(configuration.GetSection(LimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LimitOptions>, LimitOptionsValidator>();
        services.AddSingleton<LimitCounter>();
        services.AddSingleton<CallerAddress>();
        services.AddSingleton<EmailRequestLimits>();
        services.AddSingleton<UnconfirmedProfileSweep>();
        services.AddSingleton<Profiles.Consents.ConsentLog>();
        services.AddSingleton<ProfileConfirmation>();
        services.AddOptions<AccountEmailOptions>().Bind(configuration.GetSection(AccountEmailOptions.SectionName));
        services.AddSingleton<AccountEmailSender>();
        services.AddOptions<ProfileFollowUpOptions>().Bind(configuration.GetSection(ProfileFollowUpOptions.SectionName));
        services.AddSingleton<ProfileFollowUps>();
        services.AddSingleton<ProfileService>();

        // Signing in again by email: the address index and the codes.
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.SectionName));
        services.AddSingleton<EmailIndex>();
        services.AddSingleton<SignInCodes>();
        services.AddSingleton<SignInService>();
        services.AddHostedService<EmailIndexCatchUp>();
        services.AddSingleton<CoopStore>();
        services.AddSingleton<CoopSummaries>();
        services.AddSingleton<NeedStore>();
        services.AddSingleton<IOpenNeedCounts, OpenNeedCounts>();
        services.AddSingleton<CoopService>();
        services.AddSingleton<NeedService>();

        // Needs going stale: one reminder to the co-op, then closing by themselves.
        services.AddOptions<NeedOptions>().Bind(configuration.GetSection(NeedOptions.SectionName));
        services.AddSingleton<NeedReminderEmail>();
        services.AddSingleton<StaleNeedSweep>();
        services.AddSingleton<CoopDesk.CoopNeedProgress>();
        services.AddSingleton(Model.Skills.SkillSearch.Default);
        services.AddSingleton<SkillIndexStore>();
        services.AddSingleton<SkillIndexer>();
        services.AddSingleton(Model.Skills.Taxonomy.Default);
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.SectionName));
        services.AddSingleton<CandidateFinder>();
        services.AddSingleton<PreparedPeople>();
        services.AddSingleton<NeedRuns>();
        services.AddSingleton<RematchRequests>();
        services.AddSingleton<PendingCap>();
        services.AddSingleton<NeedMatcher>();
        services.AddSingleton<ProfileMatcher>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<SuggestionStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<PoisonMessages>();
        services.AddSingleton<Review.SuggestionReview>();
        services.AddSingleton<Review.Insights.InsightsService>();
        services.AddSingleton<PersonalDataInventory>();

        // Everything that holds data about a person, in the order erasure empties it (see PersonalDataInventory).
        services.AddSingleton<IPersonalDataHolder, SkillIndexData>();
        services.AddSingleton<IPersonalDataHolder, SuggestionData>();
        services.AddSingleton<IPersonalDataHolder, DecisionData>();
        services.AddSingleton<IPersonalDataHolder, AuditData>();
        services.AddSingleton<IPersonalDataHolder, IntroductionData>();
        services.AddSingleton<IPersonalDataHolder, ConsentData>();
        services.AddSingleton<IPersonalDataHolder, EmailIndexData>();
        services.AddSingleton<IPersonalDataHolder, ProfileData>();
        services.AddSingleton<IPersonalDataHolder, AccountEmailData>();
        services.AddSingleton<IPersonalDataHolder, OwnerCredentialData>();

        // What reacts when a person withdraws a consent.
        services.AddSingleton<IConsentChangeHandler, IntroductionsOnConsentChange>();
        services.AddSingleton<IConsentChangeHandler, DecisionsOnConsentChange>();

        services.AddOptions<IntroductionOptions>().Bind(configuration.GetSection(IntroductionOptions.SectionName));
        services.AddSingleton<IntroductionStore>();
        services.AddSingleton<IntroductionListing>();
        services.AddSingleton<IntroductionEmails>();
        services.AddSingleton<IntroductionFlow>();
        services.AddSingleton<EmailResend>();
        services.AddSingleton<IntroductionResponses>();
        services.AddSingleton<PersonIntroductions>();
        services.AddSingleton<ResponsePage>();
        services.AddSingleton<IntroductionSweep>();
        services.AddSingleton<BadTokenThrottle>();

        services.AddSingleton<ModelRegistry>();
        services.AddSingleton<ActiveRankingModel>();
        services.AddSingleton<ModelTrainer>();
        services.AddSingleton<RetrainJobs>();
        services.AddSingleton<ModelFitScales>();
        services.AddSingleton<ModelBootstrapper>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelBootstrapper>());

        services.AddSingleton<PoisonQueueProbe>();
        services.AddSingleton<SuggestionBrowser>();
        services.AddSingleton<SuggestionGroups>();
        services.AddSingleton<SuggestionSubjects>();
        services.AddSingleton<OpenNeedsRanker>();
        services.AddSingleton<ProfileMatches>();
        services.AddSingleton<AdviceService>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoDataSeeder>());
        return services;
    }
}
