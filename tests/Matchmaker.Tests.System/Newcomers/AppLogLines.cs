using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>Every line the app under test logs at any level, with its category, to check what reaches the logs.</summary>
public sealed class AppLogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<AppLogLine> lines = new();

    public IReadOnlyList<AppLogLine> All => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<AppLogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            lines.Enqueue(new AppLogLine(category, logLevel, formatter(state, exception), exception?.ToString()));
        }
    }
}
