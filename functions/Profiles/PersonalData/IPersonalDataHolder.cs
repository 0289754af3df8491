namespace Matchmaker.Profiles.PersonalData;

/// <summary>A place that holds data about a person: it can export it and erase it, by profile id.</summary>
public interface IPersonalDataHolder
{
    /// <summary>The name of this part in the export.</summary>
    string Name { get; }

    Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken);

    /// <summary>Erases what this holder has; erasing what is already gone succeeds.</summary>
    Task EraseAsync(string profileId, CancellationToken cancellationToken);
}
