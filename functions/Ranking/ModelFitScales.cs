using System.Collections.Concurrent;
using System.Text.Json;
using Matchmaker.Model.Ranking;
using Matchmaker.Platform.Http;

namespace Matchmaker.Ranking;

/// <summary>
/// Each model version's <see cref="FitScale"/>, read from its registry row once and kept: a version's
/// scale never changes, so a suggestion always reads against the scale of the version that scored it.
/// </summary>
public sealed class ModelFitScales(ModelRegistry registry)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<double>> known = new(StringComparer.Ordinal);

    /// <summary>The scales of <paramref name="versions"/>; a version without one (unknown, or trained before fits) maps to an empty scale.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<double>>> OfAsync(IEnumerable<string> versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var wanted = versions.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Any(v => !known.ContainsKey(v)))
        {
            foreach (var row in await registry.VersionsAsync(cancellationToken))
            {
                if (Read(row.FitQuantilesJson) is { } scale)
                {
                    known.TryAdd(row.RowKey, scale);
                }
            }
        }

        return wanted.ToDictionary(v => v, v => known.GetValueOrDefault(v) ?? [], StringComparer.Ordinal);
    }

    private static double[]? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<double[]>(json, MatchmakerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
