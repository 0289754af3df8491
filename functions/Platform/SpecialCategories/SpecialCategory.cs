namespace Matchmaker.Platform.SpecialCategories;

/// <summary>
/// One kind of special-category data in the shipped term list: its id (what a warning names), the article of
/// the law that makes it special, the words a warning uses for it ("your health"), and its terms as written.
/// </summary>
public sealed record SpecialCategory(string Id, string Law, string About, IReadOnlyList<string> Terms);
