using ChatAppraisal.Tests.WeCom.EndToEnd;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary><see cref="WeComScoringTests"/> (WeCom double) unchanged, the bot on a PostgreSQL database of its own (<see cref="Support.WholeBotTest"/>).</summary>
public sealed class WeComScoringOnPostgresTests : WeComScoringTests
{
    protected override bool OnPostgres => true;
}
