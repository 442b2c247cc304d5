using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Runs a read-only command (/ranking, /sheet, /export) before the update's transaction: drawing a chart or writing a
/// workbook inside it would hold every other user's answer for as long. Inside the transaction the router uses those
/// replies only if they still answer the very command, in the turn's language and period (<see cref="UpToDate"/>).
/// </summary>
public sealed class ReadOnlyCommands(CommandTable table, AppraisalStore store, MemberDirectory members, Periods periods,
    TimeProvider clock, IOptions<BotOptions> options, ILogger<ReadOnlyCommands> logger)
{
    /// <summary>Null when the update is anything else, or the command failed here (it then runs inside the transaction, where its failure is answered).</summary>
    internal PreparedReplies? Prepare(ChatUpdate update)
    {
        if (update.ButtonData is not null || update.Unsupported || update.File is not null || update.Text?.Trim() is not { Length: > 0 and <= TypedText.MaxLength } typed)
            return null;
        if ((typed[0] == '/' ? typed : table.AsCommand(typed)) is not { Length: > 1 } text) return null;
        var (name, args) = TypedText.SplitCommand(text);
        if (table.Command(name) is not IReadOnlyChatCommand command) return null;
        try
        {
            var account = members.Account(update.From.Channel, update.From.UserId);
            var member = account is null ? null : members.Find(account.MemberId);
            if (member is null || command.Requires is { } role && !member.Has(role)) return null;
            var turn = new Turn(update, member, Texts.For(account!.Language ?? options.Value.Language), new ConversationDoc { Id = account.Id },
                store.Conversations.Sessions, periods.Active, clock.GetUtcNow().UtcDateTime);
            command.Run(turn, args);
            return turn.Asked ? null : new PreparedReplies(name, args, turn.Texts.Language, turn.PeriodIdIfRead, turn.Replies);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Update {UpdateId}: /{Command} could not be prepared before its transaction; it runs inside it", update.UpdateId, name);
            return null;
        }
    }

    /// <summary>The prepared replies if they answer this very command in this turn's language and period.</summary>
    internal static IReadOnlyList<Reply>? UpToDate(PreparedReplies? prepared, Turn turn, string name, string args) =>
        prepared is not null && prepared.Command == name && prepared.Args == args && prepared.Language == turn.Texts.Language
        && (prepared.PeriodId is not { } periodId || periodId == turn.Period.Id)
            ? prepared.Replies
            : null;
}

/// <summary>What a read-only command answered before the update's transaction, and for which period (null: it read none).</summary>
internal sealed record PreparedReplies(string Command, string Args, string Language, int? PeriodId, IReadOnlyList<Reply> Replies);
