namespace Matchmaker.Model.Training;

/// <summary>Which held-out groups a model was measured on.</summary>
public enum HeldOutGroups
{
    /// <summary>Every test group: bootstrap and decisions alike, while decisions are still few.</summary>
    All,

    /// <summary>Only needs with real decisions: what the model must rank well once there are enough.</summary>
    Decisions,
}
