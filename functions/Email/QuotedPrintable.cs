using System.Text;

namespace Matchmaker.Email;

/// <summary>
/// Quoted-printable body encoding (RFC 2045 section 6.7) of UTF-8 text: readable when the text is mostly
/// ASCII, safe for any character, and no encoded line is longer than 76 characters. Line breaks of any kind
/// become CRLF.
/// </summary>
public static class QuotedPrintable
{
    private const int MaxLineLength = 76;

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + (text.Length / 8));
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (index > 0)
            {
                output.Append("\r\n");
            }

            EncodeLine(Encoding.UTF8.GetBytes(lines[index]), output);
        }

        return output.ToString();
    }

    private static void EncodeLine(byte[] bytes, StringBuilder output)
    {
        var lineLength = 0;
        for (var index = 0; index < bytes.Length; index++)
        {
            var token = Token(bytes[index], isLast: index == bytes.Length - 1);

            // Keep room for the '=' of a soft line break.
            if (lineLength + token.Length > MaxLineLength - 1)
            {
                output.Append("=\r\n");
                lineLength = 0;
            }

            output.Append(token);
            lineLength += token.Length;
        }
    }

    private static string Token(byte value, bool isLast)
    {
        var literal = value is >= 33 and <= 126 and not (byte)'='
            || (value is (byte)' ' or (byte)'\t' && !isLast);
        return literal ? ((char)value).ToString() : $"={value:X2}";
    }
}
