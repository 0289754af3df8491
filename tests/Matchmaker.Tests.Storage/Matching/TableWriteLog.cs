using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// Notes what a table client sends to storage: each transaction (<c>$batch</c>) with its size in bytes and
/// the keys of its actions, and each single-entity write with its keys.
/// </summary>
public sealed partial class TableWriteLog : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(long Bytes, (string PartitionKey, string RowKey)[] Actions)> batches = new();
    private readonly ConcurrentQueue<(string PartitionKey, string RowKey)> singles = new();

    public IReadOnlyList<(long Bytes, (string PartitionKey, string RowKey)[] Actions)> Batches => [.. batches];

    public IReadOnlyList<(string PartitionKey, string RowKey)> Singles => [.. singles];

    /// <summary>Every entity written, by a transaction or alone, once for each time it was sent.</summary>
    public IEnumerable<(string PartitionKey, string RowKey)> Written => Batches.SelectMany(b => b.Actions).Concat(Singles);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Note(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Note(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Note(HttpMessage message)
    {
        var request = message.Request;
        if (request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && request.Content is { } content)
        {
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            var text = Encoding.UTF8.GetString(body.ToArray());
            var actions = text.Split("--changeset_").Skip(1).Select(KeysOf).OfType<(string, string)>().ToArray();
            batches.Enqueue((body.Length, actions));
        }
        else if (request.Method == RequestMethod.Put || request.Method == RequestMethod.Patch || request.Method == RequestMethod.Delete)
        {
            if (UrlKeys().Match(Uri.UnescapeDataString(request.Uri.Path)) is { Success: true } keys)
            {
                singles.Enqueue((keys.Groups["pk"].Value, keys.Groups["rk"].Value));
            }
        }
    }

    // One part of a transaction: an insert names its keys in its JSON body, any other action in its URL.
    private static (string, string)? KeysOf(string part)
    {
        if (JsonPartitionKey().Match(part) is { Success: true } partitionKey && JsonRowKey().Match(part) is { Success: true } rowKey)
        {
            return (partitionKey.Groups[1].Value, rowKey.Groups[1].Value);
        }

        var url = UrlKeys().Match(Uri.UnescapeDataString(part));
        return url.Success ? (url.Groups["pk"].Value, url.Groups["rk"].Value) : null;
    }

    [GeneratedRegex("""PartitionKey='(?<pk>[^']*)',RowKey='(?<rk>[^']*)'""")]
    private static partial Regex UrlKeys();

    [GeneratedRegex("\"PartitionKey\":\"([^\"]*)\"")]
    private static partial Regex JsonPartitionKey();

    [GeneratedRegex("\"RowKey\":\"([^\"]*)\"")]
    private static partial Regex JsonRowKey();
}
