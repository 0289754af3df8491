namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// One email the app wrote to its eml folder, by the outbox row it was sent for: <paramref name="Subject"/> is
/// the row's partition (an introduction's id, or <c>profile-{id}</c>) and <paramref name="Key"/> the email's key.
/// </summary>
public sealed record ChaosMail(string Subject, string Key, string File, string PlainText);
