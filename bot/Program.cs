using ChatAppraisal;
using ChatAppraisal.Admin;
using ChatAppraisal.Bot.Channels.Console;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Bot.Hosting;
using ChatAppraisal.Bot.Hosting.Desktop;
using ChatAppraisal.Bot.Hosting.Logging;
using ChatAppraisal.Bot.Web;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;

// `--version` prints the release and exits; a published program's home is its own folder (settings, data/).
if (args is ["--version"])
{
    Console.WriteLine(AppVersion.Line);
    return 0;
}
// `restore FILE` puts a backup in place of the database instead of running the bot (see docs/backups.md).
if (RestoreCommand.Asked(args)) return RestoreCommand.Run(args);

var builder = WebApplication.CreateBuilder(ProgramHome.Options(args));

// Files the bot writes are its owner's alone (umask 077, earlier files tightened); its own logging defaults, every line redacted.
builder.AddOwnerOnlyFiles();
builder.AddOwnLogging();

// The appraisal over one LiteDB file, opened before anything else starts.
builder.Services.AddAppraisal();
builder.AddDatabaseStartup();

// The conversation engine with every dialog and command; the visit schedule and its reminders (Bot:TimeZone).
builder.Services.AddConversations();
builder.Services.AddSchedule();
builder.Services.AddBallots();
// The results going back to the villages: their officials, 公示, objections, 整改清单.
builder.Services.AddPublication();

// The channel seam (durable outbox, inbox, messages the bot starts itself), then each channel its settings turn on;
// the browser chat (/chat) always runs, the console when Console:Enabled (default: neither Telegram nor WeCom).
builder.Services.AddChannelSeam();
builder.AddTelegramChannel();
builder.AddWeComChannel();
builder.AddWebChatChannel();
builder.AddConsoleChannel();

// Backups: daily at Backup:Daily, after every seal, on demand; the admins told once of a failing backup or a full disk.
builder.Services.AddBackups();

// The admin API (Admin:Urls, Admin:ApiKey) and the pages (the voting page; Web:PublicBaseUrl).
builder.AddAdminApi();
builder.AddPages();

// The office PC's double-click start (Desktop:OpenBrowser: the console opens signed in, the window lists the phones'
// addresses) and the Windows service (`sc.exe create`).
builder.AddDesktop();

var app = builder.Build();

app.MapAdminApi();
app.MapPages();
app.MapWebChat();
app.MapTelegramWebhook();
app.MapWeComCallback();

return StartupFailure.Run(app);
