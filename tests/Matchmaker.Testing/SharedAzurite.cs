namespace Matchmaker.Testing;

/// <summary>
/// One Azurite for the whole test process, started on first use and stopped when the process exits, with a
/// storage account of its own for each caller of <see cref="NewAccountAsync"/>. The app's table, queue and
/// container names are fixed, so two test worlds must never share an account; separate accounts in one
/// Azurite keep them apart as well as separate Azurites did, without starting a Node.js process for each.
/// Tests that stop storage to simulate an outage still start their own <see cref="AzuriteProcess"/>.
/// </summary>
public static class SharedAzurite
{
    // Azurite reads its accounts once at start, so they are made up front: more than the test worlds of any
    // one test project need.
    private const int Accounts = 200;

    private static readonly Lazy<Task<AzuriteProcess>> Process = new(StartAsync);
    private static int next;

    /// <summary>The connection string of an account no one else in this process has been given.</summary>
    public static async Task<string> NewAccountAsync()
    {
        var azurite = await Process.Value;
        var number = Interlocked.Increment(ref next);
        if (number > Accounts)
        {
            throw new InvalidOperationException($"The shared Azurite has only {Accounts} accounts; raise {nameof(SharedAzurite)}.{nameof(Accounts)}.");
        }

        return azurite.ConnectionStringOf(AccountName(number));
    }

    private static string AccountName(int number) => $"world{number:D3}";

    private static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync(Enumerable.Range(1, Accounts).Select(AccountName));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Kill();
        return azurite;
    }
}
