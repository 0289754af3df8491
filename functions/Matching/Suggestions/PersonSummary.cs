using Matchmaker.Platform.Common;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// What a coordinator needs to know about a suggested person. Deliberately without contact details or
/// income target: those stay with the person until both sides consent to an introduction.
/// </summary>
public sealed record PersonSummary(
    string Id,
    string Name,
    IReadOnlyList<PersonSkill> Skills,
    double DaysPerWeek,
    LocationInput Location);
