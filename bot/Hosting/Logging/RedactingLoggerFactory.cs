using System.Collections;
using System.Collections.Concurrent;

namespace ChatAppraisal.Bot.Hosting.Logging;

/// <summary>
/// The process's logger factory, around the one ASP.NET Core builds: every line of every provider passes
/// <see cref="LogRedaction"/> first (its message, its structured values and its scopes). Wrapping the factory rather than
/// each provider keeps every provider's own filter rules (the console chat's terminal shows only errors). ASP.NET Core's
/// own Debug and Trace lines are never written: they carry route values and handler arguments (a ballot code, a grade).
/// </summary>
sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    readonly ConcurrentDictionary<string, ILogger> _loggers = new();

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, name => new RedactingLogger(inner.CreateLogger(name), Quiet(name)));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    static bool Quiet(string category) => category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    sealed class RedactingLogger(ILogger inner, bool quietBelowInformation) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            inner.BeginScope(state is IEnumerable<KeyValuePair<string, object?>> pairs ? new RedactedValues(pairs, state.ToString()) : (object)LogRedaction.Redact(state.ToString() ?? ""));

        public bool IsEnabled(LogLevel logLevel) => (!quietBelowInformation || logLevel >= LogLevel.Information) && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            var redacted = state is IEnumerable<KeyValuePair<string, object?>> pairs ? new RedactedValues(pairs, message) : new RedactedValues([], message);
            inner.Log(logLevel, eventId, redacted, exception, static (s, _) => s.ToString());
        }
    }

    /// <summary>A log line's or scope's values with every string redacted; its text is the redacted message.</summary>
    sealed class RedactedValues(IEnumerable<KeyValuePair<string, object?>> pairs, string? text) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        readonly List<KeyValuePair<string, object?>> _pairs = pairs
            .Select(p => new KeyValuePair<string, object?>(p.Key, p.Key == "{OriginalFormat}" ? p.Value : Redact(p.Value)))
            .ToList();

        readonly string _text = LogRedaction.Redact(text ?? "");

        // Numbers, times and the like stay as they are; anything else that reads differently redacted (a path) is replaced by its redacted text.
        static object? Redact(object? value)
        {
            if (value is null or string) return LogRedaction.Redact(value);
            if (value.GetType().IsPrimitive || value is decimal or DateTime or DateTimeOffset or TimeSpan or Enum or Guid) return value;
            var text = value.ToString() ?? "";
            var redacted = LogRedaction.Redact(text);
            return redacted == text ? value : redacted;
        }

        public KeyValuePair<string, object?> this[int index] => _pairs[index];
        public int Count => _pairs.Count;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _pairs.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => _text;
    }
}
