namespace Matchmaker.Tests.Hosting;

public sealed record TestPayload(string Id, int Version);
