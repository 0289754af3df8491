namespace Matchmaker.Testing;

/// <summary>One decoded part of an <see cref="EmlFile"/>.</summary>
public sealed record EmlPart(string ContentType, string TransferEncoding, string Text);
