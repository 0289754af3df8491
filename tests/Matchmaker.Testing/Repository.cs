namespace Matchmaker.Testing;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Matchmaker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Matchmaker.sln not found above the test output folder.");
    }
}
