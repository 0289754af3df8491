namespace Matchmaker.Model.Explaining;

/// <summary>Who reads a pair's reasons, which decides whether figures drawn from the person's income target may appear.</summary>
public enum ReasonAudience
{
    /// <summary>The person, about their own matches: their target and the minimum day rate it implies are theirs to see.</summary>
    Person,

    /// <summary>
    /// Coordinators and the co-op (a suggestion's reasons, and the introduction's asking email): before both sides
    /// accept, neither sees the other's exact income target, so no figure from which it could be worked out.
    /// </summary>
    Others,
}
