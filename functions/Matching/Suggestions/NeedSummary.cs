using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Matching.Suggestions;

/// <summary>What a coordinator needs to know about a suggestion's need to judge it: who wants what, for how much, where.</summary>
public sealed record NeedSummary(
    string Id,
    string Title,
    string CoopId,
    string? CoopName,
    DayRateInput? DayRate,
    double DaysPerWeek,
    LocationInput Location);
