namespace ChatAppraisal.Storage;

/// <summary>The database file cannot be used by this program: newer than it, or its upgrade failed. The message is one sentence for the operator.</summary>
public sealed class DatabaseVersionException(string message, Exception? inner = null) : Exception(message, inner);
