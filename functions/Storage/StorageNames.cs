namespace Matchmaker.Storage;

/// <summary>Every table, queue and container the app uses, in one place.</summary>
public static class StorageNames
{
    public const string ProfilesTable = "profiles";
    public const string CoopsTable = "coops";
    public const string NeedsTable = "needs";
    public const string SkillIndexTable = "skillindex";
    public const string CredentialsTable = "credentials";
    public const string ModelsTable = "models";

    /// <summary>Who decided what on which suggestion, when, with which model version.</summary>
    public const string AuditTable = "audit";

    /// <summary>Suggested introductions, by need and mirrored by person.</summary>
    public const string SuggestionsTable = "suggestions";

    /// <summary>Coordinators' decisions and introduction outcomes with the pair's features, for training.</summary>
    public const string DecisionsTable = "decisions";

    /// <summary>Introductions of approved suggestions, their response tokens (hashed), by introduction id.</summary>
    public const string IntroductionsTable = "introductions";

    /// <summary>One row per email of an introduction, for exactly-once sending.</summary>
    public const string OutboxTable = "outbox";

    /// <summary>Ids of introductions that have something to do (emails to send, answers, reminders, expiry).</summary>
    public const string IntroductionsQueue = "introductions";

    /// <summary>Ids and versions of saved profiles; the skill indexer keeps the skill index in step.</summary>
    public const string ProfileUpdatesQueue = "profile-updates";

    /// <summary>Ids and versions of saved or closed needs, for matching.</summary>
    public const string NeedUpdatesQueue = "need-updates";

    /// <summary>Requests to retrain the ranking model (from the API or the nightly timer).</summary>
    public const string ModelRetrainQueue = "model-retrain";

    public const string ModelsContainer = "models";

    public static IReadOnlyList<string> Tables { get; } = [ProfilesTable, CoopsTable, NeedsTable, SkillIndexTable, CredentialsTable, ModelsTable, DecisionsTable, SuggestionsTable, AuditTable, IntroductionsTable, OutboxTable];

    public static IReadOnlyList<string> Queues { get; } = [ProfileUpdatesQueue, NeedUpdatesQueue, ModelRetrainQueue, IntroductionsQueue];

    public static IReadOnlyList<string> Containers { get; } = [ModelsContainer];

    public static string PoisonQueueOf(string queue) => $"{queue}-poison";
}
