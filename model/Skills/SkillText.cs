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
        var text = name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
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
}
