namespace Matchmaker.Platform.SpecialCategories;

/// <summary>
/// Collects the warnings of a body's free-text fields, in the order they are checked, at most one per field and
/// category. A warning never refuses anything: the person may choose to share what they wrote.
/// </summary>
public sealed class TextWarnings(SpecialCategoryTerms terms)
{
    private readonly List<TextWarning> warnings = [];

    public TextWarnings()
        : this(SpecialCategoryTerms.Shipped)
    {
    }

    public IReadOnlyList<TextWarning> Warnings => warnings;

    public void Text(string field, string? value)
    {
        foreach (var category in terms.CategoriesIn(value))
        {
            warnings.Add(new TextWarning(field, category.Id, terms.MessageFor(category)));
        }
    }

    public void List(string field, IEnumerable<string?>? values)
    {
        var i = 0;
        foreach (var value in values ?? [])
        {
            Text($"{field}[{i++}]", value);
        }
    }
}
