namespace Matchmaker.Tests.Storage.Platform;

public sealed record TestPayload(string Id, int Version);
