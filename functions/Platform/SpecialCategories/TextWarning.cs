namespace Matchmaker.Platform.SpecialCategories;

/// <summary>
/// A free-text field that looks like it holds special-category data: the field's JSON path (as validation
/// errors name it), the category's id and a sentence for the person. Deliberately without the words that
/// matched, so the warning can be logged or shown anywhere without repeating them.
/// </summary>
public sealed record TextWarning(string Field, string Category, string Message);
