namespace Matchmaker.Model.Skills;

/// <summary>
/// A word that names a skill only in some contexts ("go", "swift", "spring"): it resolves to
/// <see cref="SkillId"/> when any of the <see cref="Cues"/> (skill ids or words) appear alongside it, and
/// is otherwise left ambiguous rather than guessed.
/// </summary>
public sealed record AmbiguousTerm(string Term, string SkillId, IReadOnlyList<string> Cues);
