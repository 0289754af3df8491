using Matchmaker.Model.Matching;

namespace Matchmaker.Matches;

/// <summary>An open need as the model scored it for one person: the index into the batch it was explained in, and its features.</summary>
public sealed record RankedNeed(int Index, NeedProjection Need, float[] Features, float Score);
