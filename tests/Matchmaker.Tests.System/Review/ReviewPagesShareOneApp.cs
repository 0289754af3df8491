namespace Matchmaker.Tests.System.Review;

/// <summary>The review page's tests and its naughty strings: one app and browser, their classes one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ReviewPagesShareOneApp : ICollectionFixture<ReviewPageWorld>
{
    public const string Name = "ReviewPages";
}
