using System.Text;
using Matchmaker.Email;

namespace Matchmaker.Tests.Unit.Email;

public sealed class QuotedPrintableTests
{
    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("a=b", "a=3Db")]
    [InlineData("Zoë ✓", "Zo=C3=AB =E2=9C=93")]
    [InlineData("trailing space \nnext", "trailing space=20\r\nnext")]
    [InlineData("tab\t", "tab=09")]
    [InlineData("one\r\ntwo\rthree", "one\r\ntwo\r\nthree")]
    public void Known_texts_encode_as_rfc_2045_says(string text, string expected) =>
        Assert.Equal(expected, QuotedPrintable.Encode(text));

    [Fact]
    public void Random_text_round_trips_and_no_line_is_longer_than_76()
    {
        var random = new Random(20251128);
        var alphabet = "abc XYZ=\t.-é✓🌍\n".EnumerateRunes().ToArray();
        for (var round = 0; round < 500; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            for (var index = 0; index < length; index++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)].ToString());
            }

            var encoded = QuotedPrintable.Encode(text.ToString());

            Assert.All(encoded.Split("\r\n"), line =>
            {
                Assert.InRange(line.Length, 0, 76);
                Assert.False(line.EndsWith(' ') || line.EndsWith('\t'), "no line ends in white space");
            });
            Assert.Equal(text.ToString().ReplaceLineEndings("\r\n"), Decode(encoded));
        }
    }

    private static string Decode(string encoded)
    {
        var joined = encoded.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var index = 0; index < joined.Length; index++)
        {
            if (joined[index] == '=')
            {
                bytes.Add(Convert.ToByte(joined.Substring(index + 1, 2), 16));
                index += 2;
            }
            else
            {
                bytes.Add(checked((byte)joined[index]));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
