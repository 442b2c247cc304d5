using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>Keeps what the host logs, so a test can check that a failure was logged with its chat and its exception.</summary>
public sealed class LogSink : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => _entries.ToList();

    public IReadOnlyList<Entry> AtLeast(LogLevel level) => _entries.Where(e => e.Level >= level).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
    }
}
