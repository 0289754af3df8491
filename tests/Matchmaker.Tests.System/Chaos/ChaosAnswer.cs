using System.Net;
using System.Text.Json;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>One answer the app gave a chaos client: its status and, for a success, its JSON body.</summary>
public sealed record ChaosAnswer(HttpStatusCode Status, JsonElement? Body)
{
    public string Text(string property) => Body?.GetProperty(property).GetString() ?? throw new InvalidOperationException($"The answer has no '{property}'.");
}
