using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Matchmaker.Tests.Infrastructure;

/// <summary>One Azurite shared by every test in the <see cref="AzuriteTests"/> collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public string ConnectionString => azurite!.ConnectionString;

    public TableServiceClient Tables => new(ConnectionString);

    public QueueServiceClient Queues(QueueMessageEncoding encoding = QueueMessageEncoding.None) =>
        new(ConnectionString, new QueueClientOptions { MessageEncoding = encoding });

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
