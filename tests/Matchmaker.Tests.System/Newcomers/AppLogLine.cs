using Microsoft.Extensions.Logging;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>One logged line: its category, level, formatted message and any exception in text.</summary>
public sealed record AppLogLine(string Category, LogLevel Level, string Message, string? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : $"\n{Exception}")}";
}
