using Matchmaker.Platform.Common;

namespace Matchmaker.Review;

public static class DecisionValidator
{
    public const int MaxNote = 1000;

    public static IReadOnlyDictionary<string, string[]> Validate(ApproveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rules = new FieldRules();
        rules.Text("note", input.Note, required: false, max: MaxNote, multiline: true);
        return rules.Errors;
    }

    public static IReadOnlyDictionary<string, string[]> Validate(RejectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rules = new FieldRules();
        rules.OneOf("reason", input.Reason, RejectionReasons.All, required: true);
        rules.Text("note", input.Note, required: false, max: MaxNote, multiline: true);
        return rules.Errors;
    }
}
