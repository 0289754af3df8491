using System.Globalization;
using System.Text;

namespace Matchmaker.Model.Skills;

/// <summary>
/// The form a skill name is compared in: Unicode-compatible (NFKC), lower case, single spaces. The
/// taxonomy's alias resolution builds on this; a name it does not know is still kept in this form.
/// </summary>
public static class SkillText
{
    public static string Normalize(string name)
    {
        var text = Compatible(name).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    // Normalize throws on strings it cannot normalise (noncharacters such as U+FFFE); keep those as written.
    private static string Compatible(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}
