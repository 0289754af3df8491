using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Unit.Model;

public sealed class KeyHashTests
{
    private static readonly ulong[] Pinned = [11286133854226296554, 3749451128054650757, 11243096650156109577];

    [Fact]
    public void The_hash_of_a_key_is_the_same_in_every_process()
    {
        // Pinned: weights are summed in hash order, so another hash can move a feature by a rounding step. Change it deliberately.
        Assert.Equal(KeyHash.Of("javascript"), KeyHash.Of("javascript".AsSpan()));
        Assert.Equal(Pinned, new[] { KeyHash.Of(""), KeyHash.Of("javascript"), KeyHash.Of("text:video editing") });
    }

    [Fact]
    public void Keys_that_differ_only_in_length_padding_or_order_hash_differently()
    {
        string[] keys = ["", "\0", "a", "a\0", "\0a", "ab", "ba", "abcdefgh", "abcdefgh\0", "text:a", "text:A"];

        Assert.Equal(keys.Length, keys.Select(key => KeyHash.Of(key)).Distinct().Count());
    }

    [Fact]
    public void A_hundred_thousand_distinct_keys_give_a_hundred_thousand_distinct_hashes()
    {
        var hashes = Enumerable.Range(0, 100_000).Select(i => KeyHash.Of($"text:skill {i}")).ToHashSet();

        Assert.Equal(100_000, hashes.Count);
    }
}
