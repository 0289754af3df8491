namespace Matchmaker.Model.Training;

/// <summary>Where a group of training rows came from.</summary>
public enum TrainingSource
{
    /// <summary>The generated bootstrap set, graded by a formula.</summary>
    Bootstrap,

    /// <summary>Coordinators' decisions and introduction outcomes.</summary>
    Decisions,
}
