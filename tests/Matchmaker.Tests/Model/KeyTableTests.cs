using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Model;

public sealed class KeyTableTests
{
    [Fact]
    public void Holds_exactly_the_hashes_it_was_built_from()
    {
        var hashes = Enumerable.Range(0, 64).Select(i => KeyHash.Of($"term{i}")).ToArray();
        var table = KeyTable.Build(hashes);

        Assert.Equal(128, table.Length);
        Assert.All(hashes, hash => Assert.True(KeyTable.Contains(table, hash)));
        Assert.Equal(0, KeyTable.CountIn(Enumerable.Range(64, 200).Select(i => KeyHash.Of($"term{i}")).ToArray(), table));
        Assert.Equal(64, KeyTable.CountIn(hashes, table));
    }

    [Fact]
    public void Adding_a_hash_twice_reports_it_and_a_full_table_refuses_more()
    {
        var table = new ulong[8];

        Assert.True(KeyTable.Add(table, 5));
        Assert.False(KeyTable.Add(table, 5));
        for (ulong hash = 6; hash < 13; hash++)
        {
            Assert.True(KeyTable.Add(table, hash));
        }

        Assert.False(KeyTable.Contains(table, 99));
        Assert.Throws<InvalidOperationException>(() => KeyTable.Add(table, 99));
    }

    [Fact]
    public void An_empty_table_contains_nothing()
    {
        Assert.False(KeyTable.Contains(KeyTable.Build([]), KeyHash.Of("linux")));
    }
}
