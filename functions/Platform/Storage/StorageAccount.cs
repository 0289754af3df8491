using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.Configuration;

namespace Matchmaker.Platform.Storage;

/// <summary>
/// The one storage account, read from <c>AzureWebJobsStorage</c> exactly as the Functions host reads it: a
/// connection string, or identity-based settings (<c>AzureWebJobsStorage__accountName</c> or the
/// <c>__tableServiceUri</c>/<c>__queueServiceUri</c>/<c>__blobServiceUri</c> trio, with optional <c>__credential</c>
/// and <c>__clientId</c>).
/// </summary>
public sealed class StorageAccount
{
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>
    /// The service key of the queue client without message encoding, for code that must see and move a
    /// message's text as it is (the standalone host's listener, the poison queues), whatever its encoding.
    /// </summary>
    public const string UnencodedQueues = "unencoded";

    private readonly string? connectionString;
    private readonly Uri? tableUri;
    private readonly Uri? queueUri;
    private readonly Uri? blobUri;
    private readonly TokenCredential? credential;

    private StorageAccount(string? connectionString, Uri? tableUri, Uri? queueUri, Uri? blobUri, TokenCredential? credential)
    {
        this.connectionString = connectionString;
        this.tableUri = tableUri;
        this.queueUri = queueUri;
        this.blobUri = blobUri;
        this.credential = credential;
    }

    public bool IsDevelopmentStorage =>
        connectionString?.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase) == true;

    public static StorageAccount FromConfiguration(IConfiguration configuration)
    {
        if (configuration[SettingName] is { Length: > 0 } connection)
        {
            return new StorageAccount(connection, null, null, null, null);
        }

        var section = configuration.GetSection(SettingName);
        var account = section["accountName"];
        Uri? Endpoint(string kind) => section[$"{kind}ServiceUri"] is { Length: > 0 } uri ? new Uri(uri)
            : account is { Length: > 0 } ? new Uri($"https://{account}.{kind}.core.windows.net")
            : null;
        var (table, queue, blob) = (Endpoint("table"), Endpoint("queue"), Endpoint("blob"));
        if (table is null || queue is null || blob is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {SettingName} to a connection string, or {SettingName}__accountName for a managed identity.");
        }

        return new StorageAccount(null, table, queue, blob, CredentialFrom(section));
    }

    /// <summary>
    /// <c>__credential=managedidentity</c> (what the Bicep in infra/ sets) means the managed identity alone, the
    /// user-assigned one when <c>__clientId</c> names it; otherwise the developer's chain (Azure CLI, Visual
    /// Studio, environment, managed identity) as the Functions host does.
    /// </summary>
    public static TokenCredential CredentialFrom(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var clientId = section["clientId"] is { Length: > 0 } id ? id : null;
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return ManagedIdentity.Credential(clientId);
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    public TableServiceClient CreateTableServiceClient()
    {
        var options = Configure(new TableClientOptions());
        return connectionString is not null ? new TableServiceClient(connectionString, options) : new TableServiceClient(tableUri, credential, options);
    }

    public QueueServiceClient CreateQueueServiceClient(QueueMessageEncoding encoding)
    {
        var options = Configure(new QueueClientOptions { MessageEncoding = encoding });
        return connectionString is not null ? new QueueServiceClient(connectionString, options) : new QueueServiceClient(queueUri, credential, options);
    }

    public BlobServiceClient CreateBlobServiceClient()
    {
        var options = Configure(new BlobClientOptions());
        return connectionString is not null ? new BlobServiceClient(connectionString, options) : new BlobServiceClient(blobUri, credential, options);
    }

    // A short retry budget: a storage outage should reach the caller as a 503 in seconds, not a hang.
    private static T Configure<T>(T options) where T : Azure.Core.ClientOptions
    {
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.AddPolicy(new StorageWritePolicy(), Azure.Core.HttpPipelinePosition.PerCall);
        return options;
    }
}
