namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>The actors of one approved suggestion: ids and the two addresses.</summary>
public sealed record Introduced(string IntroductionId, string SuggestionId, string NeedId, string CoopId, string ProfileId, string PersonEmail, string CoopEmail);
