namespace Matchmaker.Model.Training;

/// <summary>One group (need) of a training set: its key, its source and its rows' group id.</summary>
public sealed record TrainingGroup(uint Id, string Key, TrainingSource Source);
