namespace Matchmaker.Ranking;

/// <summary>queued → training → live or refused; failed when the last try threw (the queue tries again, up to its limit).</summary>
public static class RetrainJobState
{
    public const string Queued = "queued";
    public const string Training = "training";
    public const string Live = "live";
    public const string Refused = "refused";
    public const string Failed = "failed";

    /// <summary>A version was trained and decided on: nothing is left to do for the job.</summary>
    public static bool IsDone(string state) => state is Live or Refused;
}
