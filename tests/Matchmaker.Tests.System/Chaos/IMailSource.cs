namespace Matchmaker.Tests.System.Chaos;

/// <summary>Where a chaos run's emails arrive: the app's eml folder, or a SendGrid stand-in.</summary>
public interface IMailSource
{
    /// <summary>The settings that point the app at this source.</summary>
    IEnumerable<string> Settings { get; }

    /// <summary>Emails accepted since the last call (each one once).</summary>
    IEnumerable<ChaosMail> ReadNew();

    /// <summary>Figures of the source itself (refusals, half-written files).</summary>
    IEnumerable<(string Name, object Value)> Figures();
}
