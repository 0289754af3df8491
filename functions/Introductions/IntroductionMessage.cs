using System.Text.Json.Serialization;

namespace Matchmaker.Introductions;

/// <summary>
/// The body of an <c>introductions</c> queue message: the id only, nothing about the people. With
/// <paramref name="EmailKey"/>, the message sends that one email, which a coordinator set back to pending;
/// without, the key is left out, so the usual message stays <c>{"introductionId": ...}</c>.
/// </summary>
public sealed record IntroductionMessage(
    string IntroductionId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EmailKey = null);
