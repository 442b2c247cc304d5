using ChatAppraisal.Storage.LiteDb;
using System.Globalization;
using ChatAppraisal.Conversations;
using ChatAppraisal.Conversations.Examiners;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Benchmarks;

/// <summary>One examiner seated at the first item prompt of 党建工作 (17 items) of a village of their own.</summary>
sealed record ExaminerSeat(ChatUser User, int VillageId, BsonDocument Conversation);

/// <summary>
/// The real conversation engine (the product's DI registrations) over a benchmark database, and examiners brought to an
/// item prompt through it: bound account, <c>/score N</c>, category 1. Their stored conversations are kept, so a
/// benchmark can put everyone back at the first item before each round.
/// </summary>
sealed class ExaminerDesk : IDisposable
{
    /// <summary>党建工作, the category with the most items.</summary>
    public const int Category = 0;

    readonly ServiceProvider _services;
    long _nextUpdateId = 1;

    public ExaminerDesk(AppraisalStore store)
    {
        Store = store;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = store.Path }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging();
        // As the bot registers them (the commands ask for the ballots', the schedule's and publication's services).
        services.AddAppraisal().AddConversations().AddBallots().AddPublication();
        ChatAppraisal.Schedule.ScheduleServiceCollectionExtensions.AddSchedule(services);
        ChatAppraisal.Channels.ChannelServiceCollectionExtensions.AddChannelSeam(services);
        services.Replace(ServiceDescriptor.Singleton(store)); // the open file, not a second opener
        _services = services.BuildServiceProvider();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    public AppraisalStore Store { get; }
    public IConversationEngine Engine { get; }
    public ILiteCollection<BsonDocument> Conversations => Store.LiteDatabase().GetCollection("conversations");

    /// <summary>Adds an examiner per user, binds the account, and opens /score at the first item of <see cref="Category"/>.</summary>
    public IReadOnlyList<ExaminerSeat> Seat(IReadOnlyList<ChatUser> users, IReadOnlyList<VillageDoc> villages)
    {
        var members = _services.GetRequiredService<Members.MemberDirectory>();
        var ordered = Store.Setup.Villages.FindAll().OrderBy(v => v.Id).Select(v => v.Id).ToList();
        var seats = new List<ExaminerSeat>();
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            var member = members.Add($"考核员{i + 1}", [Role.Examiner]);
            Store.Write(() => Store.Roster.Accounts.Insert(new AccountDoc
            {
                Id = AccountDoc.Key(user.Channel, user.UserId), MemberId = member.Id, BoundAt = DateTime.UtcNow,
            }));
            var number = ordered.IndexOf(villages[i].Id) + 1;
            Send(user, $"/score {number}");
            Send(user, (Category + 1).ToString(CultureInfo.InvariantCulture));
            var conversation = Conversations.FindById(AccountDoc.Key(user.Channel, user.UserId))!;
            var session = Store.LiteDatabase().Mapper.ToObject<ScoreSession>(conversation["Session"].AsDocument);
            if (session is not { State: ScoreState.Item, Item: 0 } || session.VillageId != villages[i].Id)
                throw new InvalidOperationException($"{user.UserId} is not at the first item of village {villages[i].Name}: {conversation}");
            seats.Add(new ExaminerSeat(user, villages[i].Id, conversation));
        }
        return seats;
    }

    /// <summary>Puts every examiner back at the first item.</summary>
    public void Reset(IEnumerable<ExaminerSeat> seats) => Store.Write(() =>
    {
        foreach (var seat in seats) Conversations.Upsert(seat.Conversation);
    });

    public IReadOnlyList<Reply> Send(ChatUser user, string text) =>
        Engine.HandleAsync(new ChatUpdate(user, _nextUpdateId++, text)).GetAwaiter().GetResult();

    /// <summary>
    /// The typed answer for a round: full marks on even rounds, 0 on odd ones, so every answer changes the stored score
    /// (an unchanged value would store and audit nothing).
    /// </summary>
    public static decimal Answer(decimal max, int round) => round % 2 == 0 ? max : 0;

    public static string Typed(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _services.Dispose();
}
