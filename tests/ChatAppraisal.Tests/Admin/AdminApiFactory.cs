using System.Collections.Concurrent;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.Admin;

/// <summary>
/// The bot's real host (Program) over its own temporary LiteDB file, with a known API key (or none, to have one
/// generated), a fake clock and the log lines kept. Each test builds its own.
/// </summary>
sealed class AdminApiFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-admin-key-0123456789";

    readonly string? _apiKey;
    readonly Action<IServiceCollection>? _services;

    /// <param name="apiKey">Admin:ApiKey; null leaves it unset so the host generates one.</param>
    /// <param name="folder">Reuse a folder (a restart); a new temporary one when null.</param>
    public AdminApiFactory(string? apiKey = Key, string? folder = null, Action<IServiceCollection>? services = null)
    {
        _apiKey = apiKey;
        _services = services;
        OwnsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }
    bool OwnsFolder { get; }
    public string DatabasePath => Path.Combine(Folder, "appraisal.db");
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2018, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:Path", DatabasePath);
        builder.UseSetting("Admin:ApiKey", _apiKey ?? "");
        builder.UseSetting("Telegram:BotToken", "");
        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(Logs)));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // The schedule (issue 16) until the host registers it, with a recording notifier until the channels' one lands.
            services.AddSchedule();
            // The chat channels (a console chat on stdin, Telegram polling) are not under test here and must not block.
            var workers = services.Where(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationType is { } t && t.IsSubclassOf(typeof(BackgroundService))
                && t.Assembly.GetName().Name!.StartsWith("ChatAppraisal", StringComparison.Ordinal)).ToList();
            foreach (var worker in workers) services.Remove(worker);
            _services?.Invoke(services);
        });
    }

    public HttpClient Client(string? key = Key)
    {
        var client = CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public AppraisalStore Store => Get<AppraisalStore>();
    public PeriodView Period => Get<Periods>().Active();

    public VillageDoc AddVillage(string name) => Get<VillageRoster>().Add(new Actor(0, "test", "test"), name).Village!;

    /// <summary>A member and the actor they enter scores as.</summary>
    public Actor AddMember(string name, params Role[] roles)
    {
        var member = Get<MemberDirectory>().Add(name, roles);
        return new Actor(member.Id, member.Name, "telegram");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsFolder)
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);
        public void Dispose() { }
    }

    sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
