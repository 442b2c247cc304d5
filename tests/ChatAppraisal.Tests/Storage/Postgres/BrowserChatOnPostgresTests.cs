using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.WebChat;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary><see cref="BrowserChatTests"/> (headless Chromium) unchanged, the bot on a PostgreSQL database of its own.</summary>
public sealed class BrowserChatOnPostgresTests(ChromiumFixture chromium) : BrowserChatTests(chromium), IDisposable
{
    readonly TestPostgres _database = new();

    private protected override WebChatApp Start(string? databasePath = null, int? port = null) => WebChatApp.Start(databasePath, port, _database.With(null));

    public void Dispose() => _database.Dispose();
}
