using ChatAppraisal.Admin;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Storage, rubric and scoring over one LiteDB file.
builder.AddAppraisal();

// The admin API (Admin:Urls, Admin:ApiKey).
builder.AddAdminApi();

// The Telegram channel when Telegram:BotToken is set (polling or webhook).
builder.AddTelegramChannel();

var app = builder.Build();

app.MapAdminApi();
app.MapTelegramWebhook();

app.Run();
