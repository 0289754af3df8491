namespace Matchmaker.Model.Matching;

/// <summary>How sentences and emails write amounts of a currency: its sign for the common ones, else its code.</summary>
public static class CurrencySymbol
{
    public static string Of(string? currency) => currency?.ToUpperInvariant() switch
    {
        "GBP" => "£",
        "EUR" => "€",
        "USD" => "$",
        null or "" => "",
        var code => code + " ",
    };
}
