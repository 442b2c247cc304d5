using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>
/// Runs the bot; a database that cannot be opened (damaged, in use, of a newer or failed schema, a server that refuses)
/// stops it with its one sentence, not a stack trace. The database is opened before the host starts, so nothing of the
/// host's own start ("Hosting failed to start" and its stack) follows the sentence.
/// </summary>
static class StartupFailure
{
    public static int Run(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<AppraisalStore>();
            app.Run();
            return 0;
        }
        catch (Exception e) when (Sentence(e) is { } sentence)
        {
            app.Logger.LogCritical("{Sentence}", sentence);
            // The console log writes from a queue of its own: disposing the host flushes it, or a quick exit may lose the line.
            try { ((IDisposable)app).Dispose(); }
            catch (Exception) { /* the sentence below is what matters now */ }
            Console.Error.WriteLine(sentence);
            return 1;
        }
    }

    static string? Sentence(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DatabaseDamagedException or DatabaseInUseException or DatabaseVersionException or DatabaseConnectionException) return e.Message;
        return null;
    }
}
