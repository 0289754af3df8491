using System.Text;
using System.Text.RegularExpressions;

namespace Matchmaker.Testing;

/// <summary>
/// A small reader for the app's .eml files, written for the tests and independent of the code that writes
/// them: unfolds headers, decodes RFC 2047 words (B and Q) and quoted-printable or base64 parts.
/// </summary>
public sealed partial class EmlFile
{
    private EmlFile(string raw, IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<EmlPart> parts)
    {
        Raw = raw;
        RawHeaders = headers;
        Parts = parts;
    }

    public string Raw { get; }

    /// <summary>Headers in order, unfolded but not decoded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RawHeaders { get; }

    public IReadOnlyList<EmlPart> Parts { get; }

    public IEnumerable<string> HeaderNames => RawHeaders.Select(header => header.Key);

    /// <summary>The one header of that name, with encoded words decoded.</summary>
    public string Header(string name) => DecodeWords(RawHeaders.Single(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value);

    public static EmlFile Parse(string raw)
    {
        var (headers, body) = Split(raw);
        var contentType = headers.Single(header => header.Key == "Content-Type").Value;
        var boundary = BoundaryPattern().Match(contentType).Groups[1].Value;
        var sections = body.Split($"--{boundary}");
        if (sections[^1] != "--\r\n")
        {
            throw new FormatException("The multipart body does not end with its closing boundary.");
        }

        var parts = sections[1..^1].Select(section =>
        {
            if (!section.StartsWith("\r\n", StringComparison.Ordinal) || !section.EndsWith("\r\n", StringComparison.Ordinal))
            {
                throw new FormatException("A boundary is not on a line of its own.");
            }

            var (partHeaders, content) = Split(section[2..^2]);
            var type = partHeaders.Single(header => header.Key == "Content-Type").Value;
            var encoding = partHeaders.Single(header => header.Key == "Content-Transfer-Encoding").Value;
            var text = encoding switch
            {
                "quoted-printable" => DecodeQuotedPrintable(content),
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(content)),
                _ => throw new FormatException($"Unexpected transfer encoding {encoding}"),
            };
            return new EmlPart(type, encoding, text);
        }).ToList();
        return new EmlFile(raw, headers, parts);
    }

    private static (List<KeyValuePair<string, string>> Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in text[..end].Split("\r\n"))
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..].TrimStart()));
        }

        return (headers, text[(end + 4)..]);
    }

    private static string DecodeWords(string value) =>
        EncodedWordPattern().Replace(BetweenWordsPattern().Replace(value, "?==?"), match =>
        {
            var charset = Encoding.GetEncoding(match.Groups[1].Value);
            var text = match.Groups[3].Value;
            var bytes = string.Equals(match.Groups[2].Value, "B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(text)
                : QuotedBytes(text.Replace('_', ' '));
            return charset.GetString(bytes);
        });

    private static string DecodeQuotedPrintable(string content) => Encoding.UTF8.GetString(QuotedBytes(content.Replace("=\r\n", string.Empty, StringComparison.Ordinal)));

    private static byte[] QuotedBytes(string text)
    {
        var bytes = new List<byte>();
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '=')
            {
                bytes.Add(Convert.ToByte(text.Substring(index + 1, 2), 16));
                index += 2;
            }
            else
            {
                bytes.Add(checked((byte)text[index]));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWordsPattern();
}
