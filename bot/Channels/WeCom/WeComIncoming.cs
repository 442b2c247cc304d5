using ChatAppraisal.Members;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// Turns a decrypted callback into the engine's <see cref="ChatUpdate"/>: a text (its buttons numbered), a card's
/// button press, a menu click as its command, an image as unsupported content, and for someone not yet bound, opening
/// the app as <c>/start</c> (which answers how to join). Null for what the bot does not answer.
/// </summary>
public sealed class WeComIncoming(WeComButtonMemory buttons, MemberDirectory members)
{
    public const string Channel = "wecom";

    public ChatUpdate? ToUpdate(WeComCallbackMessage message)
    {
        var user = new ChatUser(Channel, message.FromUserName);
        var id = message.UpdateId;
        switch (message.MsgType)
        {
            case "text":
                // A typed label or number presses a button of the prompt the engine stored (TypedButtons).
                return new ChatUpdate(user, id, Text: message.Content ?? "", ButtonsNumbered: true);
            case "event":
                return message.Event switch
                {
                    "template_card_event" when !string.IsNullOrEmpty(message.EventKey) =>
                        new ChatUpdate(user, id, ButtonData: message.EventKey, ButtonMessageId: string.IsNullOrEmpty(message.ResponseCode)
                            ? null
                            : WeComCardPress.Pack(message.ResponseCode, buttons.Label(message.FromUserName, message.EventKey))),
                    // The app's menu: a click key names a command (score, ranking, progress, help).
                    "click" when !string.IsNullOrWhiteSpace(message.EventKey) => new ChatUpdate(user, id, Text: "/" + message.EventKey.Trim().TrimStart('/')),
                    "enter_agent" when members.Account(Channel, message.FromUserName) is null => new ChatUpdate(user, id, Text: "/start"),
                    _ => null,
                };
            // image, voice, video, location, link, file: answered as any content the dialogs cannot read.
            default:
                return new ChatUpdate(user, id, Unsupported: true);
        }
    }
}
