using System.Globalization;
using Matchmaker.Model.Ranking;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>Reads the LETOR sample: libsvm rows ("label index:value ...") with group sizes in a .query file.</summary>
public static class LetorFile
{
    public const int FeatureCount = 301;

    public static IReadOnlyList<RankingRow> Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "letor");
        var sizes = File.ReadAllLines(Path.Combine(folder, $"{name}.query")).Where(l => l.Length > 0).Select(int.Parse).ToList();
        var lines = File.ReadAllLines(Path.Combine(folder, name)).Where(l => l.Length > 0).ToList();
        var rows = new List<RankingRow>(lines.Count);
        var line = 0;
        for (var group = 0; group < sizes.Count; group++)
        {
            for (var i = 0; i < sizes[group]; i++, line++)
            {
                var parts = lines[line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var features = new float[FeatureCount];
                foreach (var pair in parts.Skip(1))
                {
                    var colon = pair.IndexOf(':', StringComparison.Ordinal);
                    features[int.Parse(pair[..colon], CultureInfo.InvariantCulture)] = float.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture);
                }

                rows.Add(new RankingRow { Label = float.Parse(parts[0], CultureInfo.InvariantCulture), GroupId = (uint)group + 1, Features = features });
            }
        }

        return rows;
    }
}
