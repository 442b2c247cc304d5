using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>Runs the bot; a database that is damaged or already in use stops it with its one sentence, not a stack trace.</summary>
static class StartupFailure
{
    public static int Run(WebApplication app)
    {
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception e) when (Sentence(e) is { } sentence)
        {
            app.Logger.LogCritical("{Sentence}", sentence);
            Console.Error.WriteLine(sentence);
            return 1;
        }
    }

    static string? Sentence(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DatabaseDamagedException or DatabaseInUseException or DatabaseConnectionException) return e.Message;
        return null;
    }
}
