namespace Matchmaker.Advice;

/// <summary>How the advice's sentences write amounts of a currency: its sign for the common ones, else its code.</summary>
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
