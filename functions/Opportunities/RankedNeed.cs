using Matchmaker.Model.Matching;

namespace Matchmaker.Opportunities;

/// <summary>An open need as the model scored it for one person, with the features it was scored on.</summary>
public sealed record RankedNeed(NeedProjection Need, float[] Features, float Score);
