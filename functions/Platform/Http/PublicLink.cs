namespace Matchmaker.Platform.Http;

/// <summary>Links to this app in emails: a path under the public base URL, keeping any path of its own and dropping its query or fragment.</summary>
public static class PublicLink
{
    /// <param name="relative">The path (and query) after the base, without a leading slash, already escaped.</param>
    public static string To(Uri publicBaseUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        if (!publicBaseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The public base URL must be absolute.", nameof(publicBaseUrl));
        }

        return $"{publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{relative}";
    }
}
