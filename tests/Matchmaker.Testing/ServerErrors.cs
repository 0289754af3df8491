using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Testing;

/// <summary>
/// Keeps what the app under test logs at Error or above, so a test that sees a 500 can say which
/// exception caused it instead of only the status code.
/// </summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyCollection<string> All => entries;

    public string Describe() => entries.IsEmpty ? "(the server logged no errors)" : string.Join("\n---\n", entries.Take(3));

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
