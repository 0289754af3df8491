namespace Matchmaker.Review.Insights;

/// <param name="Skill">The skill's name (canonical, or as written for skills the taxonomy does not know).</param>
/// <param name="Demand">Open needs that require it.</param>
/// <param name="Supply">People in matching who have it.</param>
public sealed record SkillBalance(string Skill, int Demand, int Supply)
{
    /// <summary>Demand minus supply: how many more needs than people, negative where people outnumber needs.</summary>
    public int Gap => Demand - Supply;
}
