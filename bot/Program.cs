using ChatAppraisal;
using ChatAppraisal.Admin;
using ChatAppraisal.Bot.Channels.Console;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Bot.Hosting;
using ChatAppraisal.Bot.Hosting.Logging;
using ChatAppraisal.Bot.Web;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;

var builder = WebApplication.CreateBuilder(args);

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

// The channel seam (durable outbox, inbox, messages the bot starts itself), then each channel its settings turn on;
// the browser chat (/chat) always runs, the console when Console:Enabled (default: neither Telegram nor WeCom).
builder.Services.AddChannelSeam();
builder.AddTelegramChannel();
builder.AddWeComChannel();
builder.AddWebChatChannel();
builder.AddConsoleChannel();

// The admin API (Admin:Urls, Admin:ApiKey) and the pages (the voting page; Web:PublicBaseUrl).
builder.AddAdminApi();
builder.AddPages();

var app = builder.Build();

app.MapAdminApi();
app.MapPages();
app.MapWebChat();
app.MapTelegramWebhook();
app.MapWeComCallback();

app.Run();
