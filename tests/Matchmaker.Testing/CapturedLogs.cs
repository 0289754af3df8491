using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Testing;

/// <summary>A logger provider that keeps every formatted message, to check what reaches the logs.</summary>
public sealed class CapturedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyList<string> Messages => [.. messages];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        messages.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }

    public void Dispose()
    {
    }
}
