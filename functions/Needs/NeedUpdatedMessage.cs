namespace Matchmaker.Needs;

/// <summary>
/// A need was saved or closed, or is due for re-matching. Ids and versions only.
/// <paramref name="RunsStarted"/> is how many matching runs of the need had started when the message was queued,
/// read after the change it is about was stored: a run numbered above it has matched that change. Null (a
/// saved need, a new model, a message queued before runs were counted): the message always runs.
/// </summary>
public sealed record NeedUpdatedMessage(string Id, int Version, long? RunsStarted = null);
