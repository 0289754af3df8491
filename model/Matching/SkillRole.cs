namespace Matchmaker.Model.Matching;

/// <summary>
/// What one skill key means to a prepared need, so a candidate's skill is looked up once for every skill
/// feature: the required skill it is (a bit per required skill, with the level asked), the required skills it
/// is a taxonomy neighbour of, whether it is nice to have, and its IDF weight.
/// </summary>
internal readonly record struct SkillRole(ulong Required, byte AskedLevel, ulong NeighbourOf, bool NiceToHave, double Weight);
