namespace ChatAppraisal.Storage;

/// <summary>A database server that cannot be used as configured (unreachable, a refused password, a missing database): start-up stops with this sentence.</summary>
public sealed class DatabaseConnectionException(string message, Exception? inner = null) : Exception(message, inner);
