using Matchmaker.Auth;
using Matchmaker.Coops;
using Matchmaker.Credentials;
using Matchmaker.Decisions;
using Matchmaker.Demo;
using Matchmaker.Email;
using Matchmaker.Email.Outbox;
using Matchmaker.Health;
using Matchmaker.Hosting;
using Matchmaker.Introductions;
using Matchmaker.Matching;
using Matchmaker.Needs;
using Matchmaker.PersonalData;
using Matchmaker.Profiles;
using Matchmaker.Ranking;
using Matchmaker.Storage;
using Matchmaker.Suggestions;
using Matchmaker.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker;

public static class MatchmakerServiceCollectionExtensions
{
    /// <summary>Every registration of the app, shared by the Functions host and the standalone host.</summary>
    public static IServiceCollection AddMatchmaker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchmakerOptions>().Bind(configuration.GetSection(MatchmakerOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddMvcCore();
        services.AddMatchmakerTelemetry(configuration);

        var queueOptions = QueueHostOptions.LoadDefault();
        services.AddSingleton(queueOptions);
        services.AddSingleton(_ => StorageAccount.FromConfiguration(configuration));
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateTableServiceClient());
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateQueueServiceClient(queueOptions.MessageEncoding));
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateBlobServiceClient());
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        services.AddSingleton<QueueSender>();
        services.AddSingleton<StorageHealthProbe>();

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddHttpClient(SendGridEmailSender.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.AttemptTimeout);
        services.AddSingleton<IEmailSender>(EmailSenderSelector.Create);
        services.AddSingleton<EmailDelivery>();
        services.AddSingleton<EmailOutbox>();

        // Unsubscribe links, the suppression list, and SendGrid's signed event webhook (issue 8).
        services.AddSingleton<Unsubscribe.SuppressionKey>();
        services.AddSingleton<Unsubscribe.AddressHasher>();
        services.AddSingleton<Unsubscribe.SuppressionList>();
        services.AddSingleton<Unsubscribe.UnsubscribeLinks>();
        services.AddSingleton<EmailEvents.EventWebhookSignature>();
        services.AddSingleton<EmailEvents.EmailEventBatches>();
        services.AddSingleton<EmailEvents.EmailEventStore>();
        services.AddSingleton<EmailEvents.OutboxDeliveries>();
        services.AddSingleton<EmailEvents.EmailEventProcessor>();

        services.AddSingleton<CredentialStore>();
        services.AddSingleton<CoordinatorKey>();
        services.AddHostedService(sp => sp.GetRequiredService<CoordinatorKey>());
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<CallerAuthorization>();

        services.AddSingleton<ProfileStore>();
        services.AddSingleton<Consents.ConsentLog>();
        services.AddSingleton<ProfileConfirmation>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<CoopStore>();
        services.AddSingleton<NeedStore>();
        services.AddSingleton<CoopService>();
        services.AddSingleton<NeedService>();
        services.AddSingleton(Model.Skills.SkillSearch.Default);
        services.AddSingleton<SkillIndexStore>();
        services.AddSingleton<SkillIndexer>();
        services.AddSingleton(Model.Skills.Taxonomy.Default);
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.SectionName));
        services.AddSingleton<CandidateFinder>();
        services.AddSingleton<PreparedPeople>();
        services.AddSingleton<RematchRequests>();
        services.AddSingleton<PendingCap>();
        services.AddSingleton<NeedMatcher>();
        services.AddSingleton<ProfileMatcher>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<SuggestionStore>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<Review.SuggestionReview>();
        services.AddSingleton<Insights.InsightsService>();
        services.AddSingleton<PersonalDataInventory>();
        services.AddSingleton<ProfileErasure>();

        services.AddOptions<IntroductionOptions>().Bind(configuration.GetSection(IntroductionOptions.SectionName));
        services.AddSingleton<IntroductionStore>();
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<IntroductionEmails>();
        services.AddSingleton<IntroductionFlow>();
        services.AddSingleton<IntroductionResponses>();
        services.AddSingleton<IntroductionSweep>();
        services.AddSingleton<BadTokenThrottle>();

        services.AddSingleton<ModelRegistry>();
        services.AddSingleton<ActiveRankingModel>();
        services.AddSingleton<ModelTrainer>();
        services.AddSingleton<ModelBootstrapper>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelBootstrapper>());

        services.AddSingleton<PoisonQueueProbe>();
        services.AddSingleton<SuggestionBrowser>();
        services.AddSingleton<SuggestionSubjects>();
        services.AddSingleton<Matches.OpenNeedsRanker>();
        services.AddSingleton<Matches.ProfileMatches>();
        services.AddSingleton<Advice.AdviceService>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoDataSeeder>());
        return services;
    }
}
