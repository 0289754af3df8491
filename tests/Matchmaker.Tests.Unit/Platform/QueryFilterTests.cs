namespace Matchmaker.Tests.Unit.Platform;

/// <summary>Every table query's filter is built by <c>TableClient.CreateQueryFilter</c>, so no value can change what a filter asks.</summary>
public sealed class QueryFilterTests
{
    private static readonly string[] Projects = ["functions", "model"];

    [Fact]
    public void Every_table_query_in_the_app_takes_a_filter_built_by_CreateQueryFilter()
    {
        // The projects' own sources, and the global usings their builds generate (the SDK's implicit usings).
        var sources = Projects
            .SelectMany(project => Directory.EnumerateFiles(Repository.Path(project), "*.cs", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal) || !IsBuildOutput(path))
            .Select(path => (path, File.ReadAllText(path)));

        var scan = QueryFilterScan.Of(sources);

        Assert.Empty(scan.Unsafe);
        // The app's stores query with filters in dozens of places: a scan that finds few has stopped seeing them.
        Assert.True(scan.Checked >= 20, $"Only {scan.Checked} queries with a filter were found.");
    }

    public static TheoryData<string> UnsafeSamples() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "query-filters", "unsafe.txt")).Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(UnsafeSamples))]
    public void A_query_whose_filter_is_built_from_a_value_any_other_way_is_found(string call)
    {
        var scan = QueryFilterScan.Of([("Sample.cs", Sample(call))]);

        Assert.Single(scan.Unsafe);
    }

    [Theory]
    [InlineData("""table.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {value}"))""")]
    [InlineData("""table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Status eq {"open"}") + " and " + TableClient.CreateQueryFilter($"RowKey eq {value}"))""")]
    [InlineData("""table.Query<TableEntity>(value.Length > 3 ? TableClient.CreateQueryFilter($"RowKey eq {value}") : "RowKey eq 'a'")""")]
    [InlineData("""table.Query<TableEntity>(e => e.PartitionKey == value)""")]
    public void A_query_whose_filter_is_built_by_CreateQueryFilter_passes(string call)
    {
        var scan = QueryFilterScan.Of([("Sample.cs", Sample(call))]);

        Assert.Empty(scan.Unsafe);
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Sample(string call) => $$"""
        using Azure.Data.Tables;

        public static class Sample
        {
            public static object Read(TableClient table, string value)
            {
                var filter = TableClient.CreateQueryFilter($"RowKey eq {value}");
                filter += " and PartitionKey eq 'a'";
                table.Query<TableEntity>(filter);
                Run(table, TableClient.CreateQueryFilter($"PartitionKey eq {value}"));
                return {{call}};
            }

            private static object Run(TableClient table, string filter) => table.Query<TableEntity>(filter);
        }
        """;
}
