namespace Matchmaker.Platform.Storage;

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

    /// <summary>Each consent a person gave or withdrew, when, under which privacy text version.</summary>
    public const string ConsentsTable = "consents";

    /// <summary>One row per email (of an introduction, a reminder about a need, or a person's account), for exactly-once sending.</summary>
    public const string OutboxTable = "outbox";

    /// <summary>Ids of introductions that have something to do (emails to send, answers, reminders, expiry).</summary>
    public const string IntroductionsQueue = "introductions";

    /// <summary>Ids and versions of saved profiles; the skill indexer keeps the skill index in step.</summary>
    public const string ProfileUpdatesQueue = "profile-updates";

    /// <summary>
    /// Saved profiles whose follow-ups (consent log, sign-in index, confirmation email, withdrawals taking effect,
    /// matching) the save's request may not have finished: ids, versions and consent answers only.
    /// </summary>
    public const string ProfileSavesQueue = "profile-saves";

    /// <summary>Ids and versions of saved or closed needs, for matching.</summary>
    public const string NeedUpdatesQueue = "need-updates";

    /// <summary>Confirmation and sign-in emails to send if their request could not (profile id, kind and outbox key only).</summary>
    public const string AccountEmailsQueue = "account-emails";

    /// <summary>Requests to retrain the ranking model (from the API or the nightly timer).</summary>
    public const string ModelRetrainQueue = "model-retrain";

    public const string ModelsContainer = "models";

    /// <summary>Addresses that are never emailed again, by keyed hash only (unsubscribed, bounced, spam reports).</summary>
    public const string SuppressionsTable = "suppressions";

    /// <summary>Unsubscribe link tokens, by SHA-256 of the token, each mapped to the keyed hash of one address.</summary>
    public const string UnsubscribeLinksTable = "unsubscribelinks";

    /// <summary>The generated suppression hash key, in local development when none is configured (one blob, made at first use).</summary>
    public const string KeysContainer = "keys";

    /// <summary>The fingerprint of the key the stored address hashes were made with (never the key), one row per key.</summary>
    public const string KeyFingerprintsTable = "keyfingerprints";

    /// <summary>SendGrid events already processed, one row per <c>sg_event_id</c>, without addresses.</summary>
    public const string EmailEventsTable = "emailevents";

    /// <summary>Verified raw event batches from SendGrid, kept only until processed (they hold addresses).</summary>
    public const string EmailEventsContainer = "email-events";

    /// <summary>Names of stored event batches to process (the name only: no personal data in messages).</summary>
    public const string EmailEventsQueue = "email-events";

    /// <summary>Profile ids by the keyed hash of their address, for sign-in by email (never the address itself).</summary>
    public const string EmailIndexTable = "emailindex";

    /// <summary>Uses of an hourly limit (sign-ups per caller, confirmation emails per address), by keyed hash and hour.</summary>
    public const string LimitsTable = "limits";

    /// <summary>Each need's matching runs: how many started, which completed last, and who holds it now.</summary>
    public const string NeedRunsTable = "needruns";

    public static IReadOnlyList<string> Tables { get; } = [ProfilesTable, CoopsTable, NeedsTable, NeedRunsTable, SkillIndexTable, CredentialsTable, ModelsTable, DecisionsTable, SuggestionsTable, AuditTable, IntroductionsTable, OutboxTable, SuppressionsTable, UnsubscribeLinksTable, EmailEventsTable, ConsentsTable, EmailIndexTable, LimitsTable, KeyFingerprintsTable];

    public static IReadOnlyList<string> Queues { get; } = [ProfileUpdatesQueue, NeedUpdatesQueue, ModelRetrainQueue, IntroductionsQueue, EmailEventsQueue, AccountEmailsQueue, ProfileSavesQueue];

    public static IReadOnlyList<string> Containers { get; } = [ModelsContainer, KeysContainer, EmailEventsContainer];

    public static string PoisonQueueOf(string queue) => $"{queue}-poison";
}
