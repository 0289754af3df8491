namespace Matchmaker.Platform.SpecialCategories;

/// <summary>The shape of <c>special-category-terms.json</c>, as the app and the pages both read it.</summary>
/// <param name="Version">The list's date; a changed list gets a new one, so a page and a warning can say which list they used.</param>
/// <param name="Message">The warning's wording, with <c>{about}</c> where the category's words go.</param>
public sealed record SpecialCategoryListFile(
    string Version, string Language, string Purpose, string Message, IReadOnlyList<SpecialCategory> Categories);
