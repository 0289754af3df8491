using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Unit.Model;

public sealed class KeyBucketsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(64)]
    [InlineData(3_000)]
    public void Finds_exactly_the_keys_it_was_built_from_each_in_its_own_slot(int count)
    {
        var keys = Enumerable.Range(0, count).Select(i => KeyHash.Of($"term{i}")).ToArray();
        var absent = Enumerable.Range(count, 20_000).Select(i => KeyHash.Of($"term{i}")).ToArray();

        var buckets = new KeyBuckets(keys);

        Assert.Equal(count, buckets.Count);
        var slots = keys.Select(buckets.IndexOf).ToList();
        Assert.All(slots, slot => Assert.InRange(slot, 0, buckets.Slots - 1));
        Assert.Equal(count, slots.Distinct().Count());
        Assert.All(keys, key => Assert.True(buckets.Contains(key)));
        Assert.All(absent, key => Assert.Equal(-1, buckets.IndexOf(key)));
        Assert.DoesNotContain(absent, buckets.Contains);
        Assert.Equal(count, buckets.CountIn(keys));
        Assert.Equal(0, buckets.CountIn(absent));
        Assert.Equal(3, buckets.CountIn([keys[0], absent[0], keys[0], absent[1], keys[^1]]));
    }

    [Fact]
    public void Keys_that_share_their_top_bits_make_it_grow_and_past_that_wait_in_an_overflow_list()
    {
        // Five keys with the same top 4 bits share one bucket until it has 32 or more: the set grows.
        var spread = Enumerable.Range(1, 5).Select(i => (0xAUL << 60) | ((ulong)i << 56)).ToArray();
        var grown = new KeyBuckets(spread);
        Assert.All(spread, key => Assert.True(grown.Contains(key)));
        Assert.Equal(5, grown.CountIn(spread));
        Assert.Equal(5, spread.Select(grown.IndexOf).Distinct().Count());

        // Nine keys equal in their top 32 bits (hashes chosen to collide) never part: four fit, five overflow.
        var crowded = Enumerable.Range(1, 9).Select(i => (0xABCD_EF01UL << 32) | (uint)i).ToArray();
        var absent = (0xABCD_EF01UL << 32) | 99;
        var buckets = new KeyBuckets(crowded);
        Assert.All(crowded, key => Assert.True(buckets.Contains(key)));
        Assert.False(buckets.Contains(absent));
        Assert.Equal(9, buckets.CountIn(crowded));
        Assert.Equal(9, buckets.CountIn([.. crowded, absent]));
        var slots = crowded.Select(buckets.IndexOf).ToList();
        Assert.Equal(9, slots.Distinct().Count());
        Assert.All(slots, slot => Assert.InRange(slot, 0, buckets.Slots - 1));
        Assert.True(buckets.Slots <= 16 * 16 * KeyBuckets.BucketSize + 9, "it stops growing at sixteen buckets per key");
    }

    [Fact]
    public void A_key_given_twice_is_held_once()
    {
        var linux = KeyHash.Of("linux");

        var buckets = new KeyBuckets([linux, linux, KeyHash.Of("php")]);

        Assert.Equal(2, buckets.Count);
        Assert.Equal(1, buckets.CountIn([linux]));
    }

    [Fact]
    public void The_empty_set_holds_nothing_and_zero_is_refused_as_a_key()
    {
        Assert.Equal(0, KeyBuckets.Empty.Count);
        Assert.False(KeyBuckets.Empty.Contains(KeyHash.Of("linux")));
        Assert.Equal(-1, KeyBuckets.Empty.IndexOf(ulong.MaxValue));
        Assert.Throws<ArgumentException>(() => new KeyBuckets([KeyHash.Of("linux"), 0]));
    }
}
