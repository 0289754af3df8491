using System.Text.Json;

namespace Matchmaker.Platform.SpecialCategories;

/// <summary>
/// The warning list of special-category terms (UK GDPR Art. 9, and Art. 10 for criminal offences): one JSON file,
/// <c>special-category-terms.json</c>, embedded in the app. The API checks free text against it and the pages
/// fetch the same file (<c>GET /api/site/special-category-terms.json</c>) to warn while the person types, so
/// there is one list, not a copy per side. A term matches whole words in a row (see <see cref="TermWords"/>):
/// "diet" is not "die", and "unionised" is not "union member".
/// </summary>
public sealed class SpecialCategoryTerms
{
    /// <summary>The file's name: the embedded resource is <c>site/{FileName}</c>, served with the pages' shared files.</summary>
    public const string FileName = "special-category-terms.json";

    private static readonly Lazy<SpecialCategoryTerms> ShippedList = new(Load);

    // Terms by their first word: a text of n words costs n look-ups and a few comparisons, whatever the list's size.
    private readonly Dictionary<string, List<(string[] Words, SpecialCategory Category)>> byFirstWord = new(StringComparer.Ordinal);

    public SpecialCategoryTerms(SpecialCategoryListFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (string.IsNullOrWhiteSpace(file.Version) || file.Message?.Contains("{about}", StringComparison.Ordinal) != true || file.Categories is not { Count: > 0 })
        {
            throw new InvalidOperationException("The special-category term list needs a version, a message with {about} and at least one category.");
        }

        File = file;
        foreach (var category in file.Categories)
        {
            if (string.IsNullOrWhiteSpace(category.Id) || string.IsNullOrWhiteSpace(category.About) || category.Terms is not { Count: > 0 })
            {
                throw new InvalidOperationException($"The special-category '{category.Id}' needs an id, its words and at least one term.");
            }

            foreach (var term in category.Terms)
            {
                var words = TermWords.Of(term).ToArray();
                if (words.Length == 0)
                {
                    throw new InvalidOperationException($"A term of '{category.Id}' has no letters or digits.");
                }

                if (!byFirstWord.TryGetValue(words[0], out var starting))
                {
                    byFirstWord[words[0]] = starting = [];
                }

                starting.Add((words, category));
            }
        }
    }

    /// <summary>The list the app ships.</summary>
    public static SpecialCategoryTerms Shipped => ShippedList.Value;

    public SpecialCategoryListFile File { get; }

    public string Version => File.Version;

    public IReadOnlyList<SpecialCategory> Categories => File.Categories;

    public static SpecialCategoryTerms Parse(string json) =>
        new(JsonSerializer.Deserialize<SpecialCategoryListFile>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The special-category term list is empty."));

    /// <summary>The categories whose terms appear in <paramref name="text"/>, each once, in the list's order.</summary>
    public IReadOnlyList<SpecialCategory> CategoriesIn(string? text)
    {
        var words = TermWords.Of(text);
        var found = new HashSet<SpecialCategory>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (termWords, category) in candidates)
            {
                if (StartsAt(words, i, termWords))
                {
                    found.Add(category);
                }
            }
        }

        return [.. File.Categories.Where(found.Contains)];
    }

    /// <summary>The sentence a person is shown for a field with terms of <paramref name="category"/>.</summary>
    public string MessageFor(SpecialCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return File.Message.Replace("{about}", category.About, StringComparison.Ordinal);
    }

    private static bool StartsAt(IReadOnlyList<string> words, int start, string[] term)
    {
        if (start + term.Length > words.Count)
        {
            return false;
        }

        for (var j = 1; j < term.Length; j++)
        {
            if (!string.Equals(words[start + j], term[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static SpecialCategoryTerms Load()
    {
        var resource = $"site/{FileName}";
        using var stream = typeof(SpecialCategoryTerms).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing; the project file should build it into the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
