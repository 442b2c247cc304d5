using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Conversations.Commands;

/// <summary>
/// Someone whose chat account is bound to no member: they may only join with <c>/start CODE</c>;
/// anything else gets a short explanation of how to join.
/// </summary>
static class Strangers
{
    public static IReadOnlyList<Reply> Answer(ChatUpdate update, Texts texts, MemberDirectory members)
    {
        var text = update.Text?.Trim() ?? "";
        if (!text.StartsWith("/start", StringComparison.OrdinalIgnoreCase) || text.Length > ConversationEngine.MaxTextLength)
            return [new TextReply(texts.HowToJoin)];
        var code = text["/start".Length..].Trim();
        if (code.Length == 0) return [new TextReply(texts.HowToJoin)];
        return [new TextReply(Redeem(code, update.From, texts, members))];
    }

    /// <summary>Binds the account with an invite code and says what came of it.</summary>
    public static string Redeem(string code, ChatUser user, Texts texts, MemberDirectory members)
    {
        var (result, member) = members.Redeem(code, user.Channel, user.UserId);
        return result switch
        {
            RedeemResult.Bound => texts.Welcome(member!.Name, member.Roles),
            RedeemResult.Expired => texts.InviteExpired,
            RedeemResult.AlreadyUsed => texts.InviteUsed,
            RedeemResult.MemberRemoved => texts.InviteMemberRemoved,
            RedeemResult.HeldBack => texts.StartThrottled(members.WrongCodesWait(user.Channel, user.UserId) ?? 60, MemberDirectory.WrongCodesPerMinute),
            _ => texts.InviteUnknown,
        };
    }
}

/// <summary>/start: for a member, a welcome; with a code, binds this account to that invite's member instead.</summary>
sealed class StartCommand(MemberDirectory members) : IChatCommand
{
    public string Name => "start";
    public Role? Requires => null;
    public string Describe(Texts texts) => texts.DescribeStart;

    public void Run(Turn turn, string args)
    {
        if (args.Length == 0)
        {
            turn.Say(turn.Texts.Welcome(turn.Member.Name, turn.Member.Roles));
            return;
        }
        var before = members.Account(turn.Update.From.Channel, turn.Update.From.UserId)?.MemberId;
        turn.Say(Strangers.Redeem(args, turn.Update.From, turn.Texts, members));
        if (members.Account(turn.Update.From.Channel, turn.Update.From.UserId)?.MemberId != before) Forget(turn.Conversation);
    }

    // The account now belongs to another member (maybe of another town): what it had open, and every button shown before,
    // belonged to the old one.
    static void Forget(ConversationDoc conversation)
    {
        conversation.Dialog = null;
        conversation.Session = null;
        conversation.PromptText = null;
        conversation.PromptButtons.Clear();
        conversation.ButtonGeneration++;
    }
}

/// <summary>/lang en|zh: this account's language.</summary>
sealed class LanguageCommand(MemberDirectory members) : IChatCommand
{
    public string Name => "lang";
    public IReadOnlyList<string> Words => ["语言"];
    public Role? Requires => null;
    public string Describe(Texts texts) => texts.DescribeLang;

    public void Run(Turn turn, string args)
    {
        var language = args.Trim().ToLowerInvariant();
        if (!Texts.Languages.Contains(language))
        {
            turn.Say(turn.Texts.LanguageUsage);
            return;
        }
        members.SetLanguage(turn.Update.From.Channel, turn.Update.From.UserId, language);
        turn.UseLanguage(language);
        turn.Say(turn.Texts.LanguageSet);
    }
}

/// <summary>
/// /invite NAME ROLE[,ROLE…] [VILLAGE]: an admin adds a member and gets a single-use code for them; the village role names
/// its village last (<c>/invite 王书记 village 上庄村</c>). Through <see cref="MemberRoster.Add"/>, as the console and the API
/// add one: audited under the inviting member, a current member's name refused.
/// </summary>
sealed class InviteCommand(MemberRoster roster, IInviteLinks links, VillageRoster villageRoster) : IChatCommand
{
    public string Name => "invite";
    public IReadOnlyList<string> Words => ["邀请"];
    public Role? Requires => Role.Admin;
    public string Describe(Texts texts) => texts.DescribeInvite;

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        var words = args.Split((char[])[' ', '\u3000', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            turn.Say(t.InviteUsage);
            return;
        }
        // "王书记 village 上庄村": the village role's village comes after it.
        var withVillage = words.Length >= 3 && RoleNames.ParseList([words[^2]]) is { Unknown.Count: 0 } r && r.Roles.Contains(Role.Village);
        var roleWord = withVillage ? words[^2] : words[^1];
        var name = string.Join(" ", withVillage ? words[..^2] : words[..^1]);
        var (roles, unknown) = RoleNames.ParseList([roleWord]);
        if (unknown.Count > 0 || roles.Count == 0)
        {
            turn.Say(t.InviteUnknownRoles(unknown));
            return;
        }
        int? villageId = null;
        if (withVillage)
        {
            var villages = villageRoster.All();
            var match = NameMatch.Find(villages, v => v.Name, words[^1]);
            if (match.Match is not { } village)
            {
                turn.Say(t.VillageNotFound(match, words[^1], villages.Select(v => v.Name).ToList()));
                return;
            }
            villageId = village.Id;
        }
        var added = roster.Add(turn.Actor, name, roles, villageId);
        switch (added.Refusal)
        {
            case MemberRefusal.None:
                turn.Say(t.InviteCreated(added.Member!.Name, added.Member.Roles, added.Invite!.Code, links.All(added.Invite.Code), added.Invite.ExpiresAt)
                         + (villageId is not null ? "\n" + t.InviteVillage(villageRoster.Find(villageId.Value)!.Name) : ""));
                return;
            case MemberRefusal.DuplicateName:
                turn.Say(t.InviteDuplicateName(added.Member!.Name));
                return;
            case MemberRefusal.VillageRequired or MemberRefusal.UnknownVillage:
                turn.Say(t.InviteVillageRequired);
                return;
            default:
                turn.Say(t.InviteNameTooLong(Names.MaxLength));
                return;
        }
    }
}
