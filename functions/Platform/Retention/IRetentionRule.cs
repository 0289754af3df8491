namespace Matchmaker.Platform.Retention;

/// <summary>What one kind of record keeps, and the pruning of what is past it.</summary>
public interface IRetentionRule
{
    /// <summary>What the rule prunes, for the logs: a table name, or a kind of row in one.</summary>
    string Records { get; }

    /// <summary>Deletes the records past their retention at <paramref name="now"/> and not in use; returns how many went.</summary>
    Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
