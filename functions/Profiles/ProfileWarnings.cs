using Matchmaker.Platform.SpecialCategories;

namespace Matchmaker.Profiles;

/// <summary>
/// The free text a person writes about themselves, checked against the special-category term list: skill names
/// (kept as typed when unknown), interests, what they want to learn, and the bio. The name is left out: many
/// names are also words on the list. Read from the stored profile, whose lists keep the body's order, so the
/// fields are named as in the body that was saved.
/// </summary>
public static class ProfileWarnings
{
    public static IReadOnlyList<TextWarning> Of(ProfileEntity profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var warnings = new TextWarnings();
        var skills = ProfileMapper.SkillsOf(profile);
        for (var i = 0; i < skills.Count; i++)
        {
            warnings.Text($"skills[{i}].name", skills[i].Name);
        }

        warnings.List("interests", ProfileMapper.InterestsOf(profile));
        warnings.List("wantsToLearn", ProfileMapper.WantsToLearnOf(profile));
        warnings.Text("bio", profile.Bio);
        return warnings.Warnings;
    }
}
