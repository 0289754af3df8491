namespace Matchmaker.Model.Training;

/// <summary>
/// How far a suggestion got, as a graded label: the further a coordinator's decision and the introduction
/// went, the better the fit was.
/// </summary>
public enum DecisionOutcome
{
    Rejected = 0,
    Approved = 1,
    BothAccepted = 2,
    WorkingTogether = 3,
}
