using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Unit.Model;

public sealed class KeyTableTests
{
    [Fact]
    public void Adding_reports_each_new_hash_once_and_a_full_table_refuses_more()
    {
        var hashes = Enumerable.Range(0, 64).Select(i => KeyHash.Of($"term{i}")).ToArray();
        var table = new ulong[KeyTable.Capacity(hashes.Length)];

        Assert.Equal(128, table.Length);
        Assert.All(hashes, hash => Assert.True(KeyTable.Add(table, hash)));
        Assert.All(hashes, hash => Assert.False(KeyTable.Add(table, hash)));
        Assert.Equal(64, table.Count(slot => slot != 0));

        var small = new ulong[8];
        for (ulong hash = 5; hash < 13; hash++)
        {
            Assert.True(KeyTable.Add(small, hash));
        }

        Assert.Throws<InvalidOperationException>(() => KeyTable.Add(small, 99));
    }

    [Fact]
    public void Capacity_is_a_power_of_two_at_least_twice_the_keys_and_at_least_8()
    {
        Assert.Equal(8, KeyTable.Capacity(0));
        Assert.Equal(8, KeyTable.Capacity(4));
        Assert.Equal(16, KeyTable.Capacity(5));
        Assert.Equal(128, KeyTable.Capacity(64));
    }
}
