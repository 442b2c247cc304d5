namespace ChatAppraisal.Storage;

/// <summary>The database file cannot be opened as a whole ChatAppraisal database: start-up stops with this sentence.</summary>
public sealed class DatabaseDamagedException(string message, Exception? inner = null) : Exception(message, inner);
