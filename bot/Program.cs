using ChatAppraisal.Admin;
using ChatAppraisal.Bot.Channels.Console;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Hosting;
using ChatAppraisal.Conversations;

var builder = WebApplication.CreateBuilder(args);

// Storage, rubric and scoring over one LiteDB file.
builder.AddAppraisal();

// The conversation engine: members, invites, /score and the other dialogs.
builder.Services.AddConversations();

// The local chat in the terminal, when no Telegram token is set.
builder.AddConsoleChannel();

// The admin API (Admin:Urls, Admin:ApiKey).
builder.AddAdminApi();

// The Telegram channel when Telegram:BotToken is set (polling or webhook).
builder.AddTelegramChannel();

var app = builder.Build();

app.MapAdminApi();
app.MapTelegramWebhook();

app.Run();
