using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Routes one member's update inside its transaction: a file, a button, a command (typed or by its word), a typed
/// button label, an answer to the open dialog, a plain message, or the member's menu.
/// </summary>
public sealed class ChatRouter(CommandTable table, MemberMenu menu, VillageRoster villageRoster)
{
    public void Route(Turn turn)
    {
        var update = turn.Update;
        var dialog = OpenDialog(turn);
        if (dialog is not null && !dialog.Allows(turn.Member))
        {
            // The member lost the role since the dialog opened (posts change hands): close it.
            Close(turn.Conversation);
            turn.Say(turn.Texts.NeedsRole(dialog.Name, dialog.Requires, turn.Member.Roles));
            return;
        }
        if (update.File is { } file)
        {
            // A photo or file: the open dialog takes it (or says it does not); with none open, the dialog that takes files asks where it belongs.
            if (dialog is null && table.Dialogs.FirstOrDefault(d => d.TakesFiles && d.Allows(turn.Member)) is { } taker) turn.OpenDialog(dialog = taker);
            if (dialog is null) turn.Say(turn.Texts.FileNotHere);
            else Within(turn, dialog, () => dialog.OnFile(turn, file));
        }
        else if (update.Unsupported)
        {
            turn.Say(turn.Texts.Unsupported);
            PromptAgain(turn, dialog);
        }
        else if (update.ButtonData is { } data)
        {
            Press(turn, dialog, data);
        }
        else
        {
            var text = update.Text?.Trim() ?? "";
            if (text.Length > (dialog?.MaxTextLength ?? TypedText.MaxLength))
            {
                turn.Say(turn.Texts.TooLong(dialog?.MaxTextLength ?? TypedText.MaxLength));
                PromptAgain(turn, dialog);
            }
            else if (text.StartsWith('/'))
            {
                RunCommand(turn, dialog, text);
            }
            else if ((dialog is not null || update.ButtonsNumbered) && TypedButtons.Find(turn.Conversation, text, update.ButtonsNumbered) is { } button)
            {
                // A label typed (or a numbered line's number): the same as pressing that button of the stored prompt.
                Press(turn, dialog, button.Data);
            }
            else if (table.AsCommand(text) is { } command && !CouldBeAnswer(turn, text, dialog is not null))
            {
                RunCommand(turn, dialog, command);
            }
            else if (dialog is not null)
            {
                Within(turn, dialog, () => dialog.OnText(turn, text));
            }
            else if (!table.PlainText.Any(h => turn.Member.Has(h.Requires) && h.TryHandle(turn, text)))
            {
                menu.Show(turn);
            }
        }
    }

    void Press(Turn turn, IDialog? dialog, string data)
    {
        var conversation = turn.Conversation;
        var valid = Turn.TryUnpack(data, out var generation, out var payload) && generation == conversation.ButtonGeneration;
        var menuCommand = valid && payload.StartsWith(MemberMenu.Prefix, StringComparison.Ordinal) ? payload[MemberMenu.Prefix.Length..] : null;
        if (!valid || dialog is null && menuCommand is null)
        {
            turn.Say(turn.Texts.ButtonExpired);
            PromptAgain(turn, dialog);
            return;
        }
        // Show the choice in the message that carried the button and take its buttons away.
        var edit = -1;
        if (turn.Update.ButtonMessageId is { } messageId && conversation.PromptText is { } prompt)
        {
            var label = conversation.PromptButtons.FirstOrDefault(b => b.Data == data)?.Label;
            edit = turn.Send(new TextReply(label is null ? prompt : $"{prompt}\n→ {label}", null, messageId));
        }
        if (menuCommand is not null) RunCommand(turn, dialog, "/" + menuCommand);
        else Within(turn, dialog!, () => dialog!.OnButton(turn, payload));
        if (edit >= 0) turn.FoldIntoEdit(edit);
    }

    /// <summary>
    /// A command word is a command only where the text cannot be an answer: a leader's rating message ("进度 18 9 5 …" for
    /// 进度村) anywhere; inside a dialog also a village's or a category's name (a village called 进度村 is still one). Scores
    /// never start with a word.
    /// </summary>
    bool CouldBeAnswer(Turn turn, string text, bool inDialog)
    {
        var words = text.Split(TypedText.Separators, StringSplitOptions.RemoveEmptyEntries);
        var villages = villageRoster.All();
        if (words.Length > 1 && NameMatch.Find(villages, v => v.Name, words[0]).Kind != MatchKind.None && words.Skip(1).Any(w => w.Any(char.IsDigit)))
            return true;
        if (!inDialog) return false;
        return NameMatch.Find(villages, v => v.Name, text).Kind != MatchKind.None
               || NameMatch.Find(turn.Period.Rubric.Categories, text, c => c.Name, c => c.Alias).Kind != MatchKind.None;
    }

    void RunCommand(Turn turn, IDialog? dialog, string text)
    {
        var (name, args) = TypedText.SplitCommand(text);
        if (table.Dialog(name) is { } starting)
        {
            if (!starting.Allows(turn.Member))
            {
                Refuse(turn, dialog, name, starting.Requires);
                return;
            }
            turn.OpenDialog(starting);
            Within(turn, starting, () => starting.Start(turn, args));
        }
        else if (table.Command(name) is { } command)
        {
            if (command.Requires is { } role && !turn.Member.Has(role))
            {
                Refuse(turn, dialog, name, role);
                return;
            }
            if (command is IPlaceCommand steering)
            {
                steering.Run(turn, new Place(this, turn, dialog), args);
                return;
            }
            if (ReadOnlyCommands.UpToDate(turn.Prepared, turn, name, args) is { } replies) foreach (var reply in replies) turn.Send(reply);
            else command.Run(turn, args);
            // A one-shot command keeps the user's place: the open dialog asks again unless the command did.
            if (!turn.Asked) PromptAgain(turn, OpenDialog(turn));
        }
        else
        {
            turn.Say(turn.Texts.UnknownCommand(name));
            PromptAgain(turn, dialog);
        }
    }

    void Refuse(Turn turn, IDialog? dialog, string command, Role role)
    {
        turn.Say(turn.Texts.NeedsRole(command, role, turn.Member.Roles));
        PromptAgain(turn, dialog);
    }

    static void Within(Turn turn, IDialog dialog, Action act)
    {
        act();
        if (turn.DialogEnded && turn.Conversation.Dialog == dialog.Name) Close(turn.Conversation);
    }

    static void Close(ConversationDoc conversation)
    {
        conversation.Dialog = null;
        conversation.Session = null;
    }

    IDialog? OpenDialog(Turn turn) => table.Dialog(turn.Conversation.Dialog);

    static void PromptAgain(Turn turn, IDialog? dialog)
    {
        if (dialog is not null) Within(turn, dialog, () => dialog.Prompt(turn));
    }

    string HelpText(Turn turn, IDialog? dialog)
    {
        var t = turn.Texts;
        var lines = new List<string> { t.HelpHeader(turn.Member.Name, turn.Member.Roles) };
        lines.AddRange(table.Dialogs.Where(d => d.Allows(turn.Member)).Select(d => $"/{d.Name}{t.WordsOf(d.Words)} — {d.Describe(t)}"));
        lines.AddRange(table.Commands.Where(c => c is not IPlaceCommand && (c.Requires is not { } r || turn.Member.Has(r)))
            .Select(c => $"/{c.Name}{t.WordsOf(c.Words)} — {c.Describe(t)}"));
        lines.Add(t.HelpAlways);
        lines.AddRange(table.PlainText.Where(h => turn.Member.Has(h.Requires)).Select(h => h.Help(t)).Where(h => h.Length > 0).Select(h => "\n" + h));
        if (dialog is not null && dialog.Help(t) is { Length: > 0 } extra) lines.Add(extra);
        return string.Join("\n", lines);
    }

    /// <summary>The member's place in the chat, as /help, /cancel and /back see and change it.</summary>
    sealed class Place(ChatRouter router, Turn turn, IDialog? dialog) : IPlace
    {
        public bool InDialog => dialog is not null;
        public string Help() => router.HelpText(turn, dialog);
        public void PromptAgain() => ChatRouter.PromptAgain(turn, dialog);
        public void Close() => ChatRouter.Close(turn.Conversation);
        public void Back() => Within(turn, dialog!, () => dialog!.Back(turn));
    }
}
