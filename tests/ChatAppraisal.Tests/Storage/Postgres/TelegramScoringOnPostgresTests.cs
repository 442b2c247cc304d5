using ChatAppraisal.Tests.EndToEnd;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary><see cref="ScoringByChatTests"/> (Telegram double) unchanged, the bot on a PostgreSQL database of its own (<see cref="Support.WholeBotTest"/>).</summary>
public sealed class TelegramScoringOnPostgresTests : ScoringByChatTests
{
    protected override bool OnPostgres => true;

    [Fact]
    public void TheFirstAdminsCodeIsKeptInTheDataFolderNotInAFileNamedAfterTheDatabase()
    {
        // Storage:Path's folder, as for the file: not "PostgreSQL database '…' on host:port.first-admin.txt" in the working directory.
        Assert.Matches(@"^/start \S+", File.ReadAllText(DatabasePath + ".first-admin.txt"));
        Assert.NotNull(PostgresDatabase);
        Assert.Empty(Directory.EnumerateFiles(Environment.CurrentDirectory, $"*{PostgresDatabase}*"));
    }
}
