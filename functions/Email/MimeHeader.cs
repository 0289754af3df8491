using System.Text;

namespace Matchmaker.Email;

/// <summary>
/// Header values for the eml folder's RFC 5322 files. Nothing a caller passes can start a new header line:
/// control characters (CR and LF among them) in names and subjects become spaces, and text that is not
/// plain ASCII or is long is written as RFC 2047 encoded words; an address with a control character or a
/// space is refused.
/// </summary>
public static class MimeHeader
{
    private const int MaxPlainLength = 66;

    // 39 bytes make 52 base64 characters, a 64-character encoded word: within RFC 2047's 75, and with a
    // header name of up to 12 characters ("X-Category: ") the first line still fits in 78.
    private const int MaxBytesPerWord = 39;

    /// <summary>Free text such as a subject.</summary>
    public static string Text(string value)
    {
        var clean = Clean(value);
        return IsPlain(clean) && clean.Length <= MaxPlainLength ? clean : EncodedWords(clean);
    }

    /// <summary>A mailbox: <c>"Name" &lt;address&gt;</c>, or the bare address when there is no name.</summary>
    public static string Mailbox(string address, string? name)
    {
        var checkedAddress = Address(address);
        var display = Clean(name ?? string.Empty).Trim();
        if (display.Length == 0)
        {
            return checkedAddress;
        }

        var phrase = IsPlain(display) && display.Length <= MaxPlainLength
            ? $"\"{display.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""
            : EncodedWords(display);
        var mailbox = $"{phrase} <{checkedAddress}>";
        return mailbox.Length <= MaxPlainLength ? mailbox : $"{phrase}\r\n <{checkedAddress}>";
    }

    /// <summary>The address itself, after checking that it cannot break out of its header.</summary>
    public static string Address(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        foreach (var character in address)
        {
            if (char.IsControl(character) || char.IsWhiteSpace(character) || "<>()[]\\,;:\"".Contains(character, StringComparison.Ordinal))
            {
                throw new ArgumentException("An email address must not contain spaces, control characters or any of <>()[]\\,;:\".", nameof(address));
            }
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            throw new ArgumentException("An email address needs a local part and a domain.", nameof(address));
        }

        return address;
    }

    /// <summary>
    /// One header line with its CRLF. Only the folding produced here (CRLF followed by a space) may appear in
    /// <paramref name="value"/>; anything else is a bug and throws rather than write a forged header.
    /// </summary>
    public static string Line(string name, string value)
    {
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            var folding = character == '\r' && index + 2 < value.Length && value[index + 1] == '\n' && value[index + 2] == ' ';
            if (folding)
            {
                index++;
            }
            else if (char.IsControl(character))
            {
                throw new InvalidOperationException($"The value of header {name} holds a control character.");
            }
        }

        return $"{name}: {value}\r\n";
    }

    private static string Clean(string value) =>
        string.Create(value.Length, value, static (span, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                var character = source[index];
                span[index] = char.IsControl(character) || character is '\u2028' or '\u2029' ? ' ' : character;
            }
        });

    private static bool IsPlain(string value) =>
        value.All(character => character is >= ' ' and <= '~') && !value.Contains("=?", StringComparison.Ordinal);

    private static string EncodedWords(string value)
    {
        var words = new List<string>();
        var chunk = new List<byte>(MaxBytesPerWord);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(buffer);
            if (chunk.Count + length > MaxBytesPerWord)
            {
                words.Add(Word(chunk));
                chunk.Clear();
            }

            chunk.AddRange(buffer[..length]);
        }

        if (chunk.Count > 0 || words.Count == 0)
        {
            words.Add(Word(chunk));
        }

        return string.Join("\r\n ", words);
    }

    private static string Word(List<byte> bytes) => $"=?utf-8?B?{Convert.ToBase64String([.. bytes])}?=";
}
