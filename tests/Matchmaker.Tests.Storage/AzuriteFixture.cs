using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Matchmaker.Tests.Storage;

/// <summary>One storage account, in the shared Azurite, for every test in the <see cref="AzuriteTests"/> collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = null!;

    public TableServiceClient Tables => new(ConnectionString);

    public QueueServiceClient Queues(QueueMessageEncoding encoding = QueueMessageEncoding.None) =>
        new(ConnectionString, new QueueClientOptions { MessageEncoding = encoding });

    public async Task InitializeAsync() => ConnectionString = await SharedAzurite.NewAccountAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
