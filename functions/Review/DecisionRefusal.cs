namespace Matchmaker.Review;

/// <summary>Why a decision was not taken; each answers a 404 or a 409 with the reason in words.</summary>
public enum DecisionRefusal
{
    None,
    NotFound,
    AlreadyDecided,
    NeedNotOpen,
    NoOpeningsLeft,
    NoConsentToIntroductions,
    ChangedMeanwhile,
}
