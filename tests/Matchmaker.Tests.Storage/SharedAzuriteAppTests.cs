namespace Matchmaker.Tests.Storage;

/// <summary>Base of test classes that talk to a fresh standalone app over the shared Azurite of <see cref="AzuriteTests"/>.</summary>
public abstract class SharedAzuriteAppTests(AzuriteFixture azurite) : IAsyncLifetime
{
    protected AzuriteFixture Azurite { get; } = azurite;

    protected StandaloneApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await StandaloneApp.StartAsync(Azurite.ConnectionString);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
