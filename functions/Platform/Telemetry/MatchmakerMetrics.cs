using System.Diagnostics.Metrics;

namespace Matchmaker.Platform.Telemetry;

/// <summary>
/// The app's own metrics, on the <see cref="MeterName"/> meter. Tags carry only categories (model version,
/// decision reason, email kind), never ids, names or addresses.
/// </summary>
public sealed class MatchmakerMetrics
{
    public const string MeterName = "Matchmaker";

    private readonly Counter<long> suggestionsMade;
    private readonly Counter<long> approvals;
    private readonly Counter<long> rejections;
    private readonly Counter<long> emailsSent;
    private readonly Counter<long> needRuns;
    private readonly Counter<long> writeConflicts;

    public MatchmakerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        suggestionsMade = meter.CreateCounter<long>("matchmaker.suggestions.made", "{suggestion}", "New suggestions written, by the model version that scored them");
        approvals = meter.CreateCounter<long>("matchmaker.suggestions.approved", "{suggestion}", "Suggestions approved by a coordinator, by model version");
        rejections = meter.CreateCounter<long>("matchmaker.suggestions.rejected", "{suggestion}", "Suggestions rejected by a coordinator, by reason and model version");
        emailsSent = meter.CreateCounter<long>("matchmaker.emails.sent", "{email}", "Emails handed to SendGrid or written to the eml folder, by kind");
        needRuns = meter.CreateCounter<long>(
            "matchmaker.matching.need_runs", "{message}", "Need-updates messages handled, by outcome: matched, coalesced (a later run matched it) or idle (nothing to match)");
        writeConflicts = meter.CreateCounter<long>("matchmaker.matching.write_conflicts", "{conflict}", "Matching runs that met a row changed since they read it, and read again");
    }

    public void SuggestionsMade(int count, string modelVersion)
    {
        if (count > 0)
        {
            suggestionsMade.Add(count, new KeyValuePair<string, object?>("model.version", modelVersion));
        }
    }

    public void Approved(string modelVersion) => approvals.Add(1, new KeyValuePair<string, object?>("model.version", modelVersion));

    public void Rejected(string reason, string modelVersion) =>
        rejections.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("model.version", modelVersion));

    /// <summary>An email went out; <paramref name="category"/> names its kind (e.g. "confirmation"), never its recipient.</summary>
    public void EmailSent(string category) => emailsSent.Add(1, new KeyValuePair<string, object?>("category", category));

    /// <summary>A need-updates message was handled; <paramref name="outcome"/> is one of <see cref="NeedRunOutcomes"/>.</summary>
    public void NeedRun(string outcome) => needRuns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void WriteConflict() => writeConflicts.Add(1);
}
