using ChatAppraisal.Bot.Channels.Console;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels;

/// <summary>
/// The channels' own state in the appraisal's database, through the same seam and unit of work: Telegram's polling offset,
/// WeCom's shown buttons, the browser chat's transcripts and files, its sign-in sessions and links, the console's set-up.
/// </summary>
public sealed class ChannelStore(AppraisalStore store)
{
    public static readonly Collection<TelegramStateDoc> TelegramCollection = new(TelegramPollingOffset.Collection);
    public static readonly Collection<WeComShownButtonsDoc> WeComButtonsCollection = new("wecom_buttons");
    public static readonly Collection<WebMessageDoc> WebMessagesCollection = new(WebMessageDoc.Collection, m => m.ChatId, m => m.Seq);
    public static readonly Collection<WebCounterDoc> WebCountersCollection = new(WebCounterDoc.Collection);
    public static readonly FileCollection WebFilesCollection = new("web_files", "web_file_chunks");
    public static readonly Collection<WebSessionDoc> WebSessionsCollection = new(WebSessionDoc.Collection, s => s.MemberId, s => s.LastSeenAt);
    public static readonly Collection<SignInLinkDoc> SignInLinksCollection = new(SignInLinkDoc.Collection, l => l.ExpiresAt);
    public static readonly Collection<ConsoleSetupDoc> ConsoleSetupCollection = new("console_setup");

    public IDocs<TelegramStateDoc> Telegram => store.Docs(TelegramCollection);
    public IDocs<WeComShownButtonsDoc> WeComButtons => store.Docs(WeComButtonsCollection);
    public IDocs<WebMessageDoc> WebMessages => store.Docs(WebMessagesCollection);
    public IDocs<WebCounterDoc> WebCounters => store.Docs(WebCountersCollection);
    public IFileBytes WebFiles => store.Files(WebFilesCollection);
    public IDocs<WebSessionDoc> WebSessions => store.Docs(WebSessionsCollection);
    public IDocs<SignInLinkDoc> SignInLinks => store.Docs(SignInLinksCollection);
    public IDocs<ConsoleSetupDoc> ConsoleSetup => store.Docs(ConsoleSetupCollection);
}
