using Npgsql;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// <c>LISTEN topic</c> on a connection of its own, for the process's life: every notification is handed on; when the
/// connection breaks it is made again a second later, and the listener is told that some may have been missed (null).
/// </summary>
sealed class PostgresListener : IDisposable
{
    static readonly TimeSpan Again = TimeSpan.FromSeconds(1);

    readonly CancellationTokenSource _stop = new();
    readonly Task _running;

    PostgresListener(string dedicated, string topic, Action<string?> heard) =>
        _running = Task.Run(() => RunAsync(dedicated, topic, heard, _stop.Token));

    public static PostgresListener Start(string dedicated, string topic, Action<string?> heard) => new(dedicated, topic, heard);

    static async Task RunAsync(string dedicated, string topic, Action<string?> heard, CancellationToken stop)
    {
        var first = true;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(dedicated);
                await connection.OpenAsync(stop);
                connection.Notification += (_, e) => Hand(heard, e.Payload);
                await using (var command = new NpgsqlCommand($"LISTEN \"{topic.Replace("\"", "", StringComparison.Ordinal)}\"", connection))
                    await command.ExecuteNonQueryAsync(stop);
                if (!first) Hand(heard, null);
                first = false;
                while (!stop.IsCancellationRequested) await connection.WaitAsync(TimeSpan.FromSeconds(30), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // The server went away: listen again shortly; what was missed meanwhile is announced as "maybe anything".
                first = false;
                try
                {
                    await Task.Delay(Again, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    static void Hand(Action<string?> heard, string? payload)
    {
        try
        {
            heard(payload);
        }
        catch (Exception)
        {
            // A listener's failure is its own; the connection keeps listening.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
