namespace Matchmaker.Platform.Telemetry;

/// <summary>The outcomes of a need-updates message, as the <c>matchmaker.matching.need_runs</c> counter tags them.</summary>
public static class NeedRunOutcomes
{
    /// <summary>Candidates were scored and the need's suggestions written.</summary>
    public const string Matched = "matched";

    /// <summary>Nothing ran: a run that started after the message was queued had completed.</summary>
    public const string Coalesced = "coalesced";

    /// <summary>The run found nothing to match: an older version, a closed or removed need, no live model.</summary>
    public const string Idle = "idle";
}
