using Matchmaker.Platform.Http;

namespace Matchmaker.Newcomers;

/// <summary>
/// The newcomer pages' files, embedded from <c>Newcomers/wwwroot</c> (logical folder <c>newcomers</c>). Each
/// page's route serves only its own stylesheet and script, so <c>/api/start/me.js</c> is a 404 like any
/// other name not on its list.
/// </summary>
public static class NewcomerAssets
{
    public static EmbeddedFiles Pages { get; } = new("newcomers", ["start.html", "join.html", "me.html"]);

    public static EmbeddedFiles Start { get; } = new("newcomers", ["start.css", "start.js"]);

    public static EmbeddedFiles Join { get; } = new("newcomers", ["join.css", "join.js"]);

    public static EmbeddedFiles Me { get; } = new("newcomers", ["me.css", "me.js"]);
}
