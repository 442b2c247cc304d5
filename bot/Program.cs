using ChatAppraisal.Admin;
using ChatAppraisal.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Storage, rubric and scoring over one LiteDB file.
builder.AddAppraisal();

// The admin API (Admin:Urls, Admin:ApiKey).
builder.AddAdminApi();

var app = builder.Build();

app.MapAdminApi();

app.Run();
