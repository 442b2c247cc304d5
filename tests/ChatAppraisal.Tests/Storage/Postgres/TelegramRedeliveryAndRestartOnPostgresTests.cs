using ChatAppraisal.Tests.EndToEnd;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary><see cref="RedeliveryAndRestartTests"/> (Telegram double) unchanged, the bot on a PostgreSQL database of its own (<see cref="Support.WholeBotTest"/>).</summary>
public sealed class TelegramRedeliveryAndRestartOnPostgresTests : RedeliveryAndRestartTests
{
    protected override bool OnPostgres => true;
}
