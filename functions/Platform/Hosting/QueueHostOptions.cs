using System.Text.Json;
using Azure.Storage.Queues;

namespace Matchmaker.Platform.Hosting;

/// <summary>
/// The queue settings of <c>host.json</c> (<c>extensions.queues</c>), read once so that the producers, the
/// standalone listener and the Functions host all use the same values. Defaults are the host's own.
/// </summary>
public sealed record QueueHostOptions
{
    public int BatchSize { get; init; } = 16;

    public int NewBatchThreshold { get; init; } = 8;

    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public int MaxDequeueCount { get; init; } = 5;

    public QueueMessageEncoding MessageEncoding { get; init; } = QueueMessageEncoding.Base64;

    public static QueueHostOptions Load(string hostJsonPath)
    {
        if (!File.Exists(hostJsonPath))
        {
            return new QueueHostOptions();
        }

        using var document = JsonDocument.Parse(
            File.ReadAllText(hostJsonPath),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("queues", out var queues)
            ? FromJson(queues)
            : new QueueHostOptions();
    }

    public static QueueHostOptions LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "host.json"));

    private static QueueHostOptions FromJson(JsonElement queues)
    {
        var defaults = new QueueHostOptions();
        return new QueueHostOptions
        {
            BatchSize = Int(queues, "batchSize") ?? defaults.BatchSize,
            NewBatchThreshold = Int(queues, "newBatchThreshold") ?? defaults.NewBatchThreshold,
            MaxPollingInterval = Time(queues, "maxPollingInterval") ?? defaults.MaxPollingInterval,
            VisibilityTimeout = Time(queues, "visibilityTimeout") ?? defaults.VisibilityTimeout,
            MaxDequeueCount = Int(queues, "maxDequeueCount") ?? defaults.MaxDequeueCount,
            MessageEncoding = Text(queues, "messageEncoding") switch
            {
                null => defaults.MessageEncoding,
                var value when value.Equals("none", StringComparison.OrdinalIgnoreCase) => QueueMessageEncoding.None,
                var value when value.Equals("base64", StringComparison.OrdinalIgnoreCase) => QueueMessageEncoding.Base64,
                var value => throw new InvalidOperationException($"host.json: unknown queues.messageEncoding '{value}'."),
            },
        };
    }

    private static string? Text(JsonElement section, string name) => Find(section, name)?.GetString();

    private static int? Int(JsonElement section, string name) => Find(section, name)?.GetInt32();

    private static TimeSpan? Time(JsonElement section, string name) =>
        Text(section, name) is { } value ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    // host.json names are case-insensitive to the Functions host.
    private static JsonElement? Find(JsonElement section, string name) =>
        section.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => (JsonElement?)p.Value).FirstOrDefault();
}
