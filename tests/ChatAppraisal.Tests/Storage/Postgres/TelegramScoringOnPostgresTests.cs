using ChatAppraisal.Tests.EndToEnd;
using ChatAppraisal.Tests.Postgres;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary><see cref="ScoringByChatTests"/> (Telegram double) unchanged, the bot on a PostgreSQL database of its own.</summary>
public sealed class TelegramScoringOnPostgresTests : ScoringByChatTests, IAsyncLifetime
{
    readonly TestPostgres _database = new();

    protected override IReadOnlyDictionary<string, string?>? Settings => _database.With(base.Settings);

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }
}
