using Matchmaker.Model.Matching;

namespace Matchmaker.Matching;

/// <summary>A candidate as the model scored it: the index into the batch it was explained in, and its features.</summary>
public sealed record RankedCandidate(int Index, PersonProjection Person, float[] Features, float Score);
