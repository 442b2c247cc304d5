using ChatAppraisal.Members;

namespace ChatAppraisal.Conversations;

/// <summary>
/// The member's main actions as buttons, shown when a message opens nothing: every dialog and command that declares a
/// <c>MenuPlace</c> and lets the member in, in that order.
/// </summary>
public sealed class MemberMenu(CommandTable table)
{
    /// <summary>Button data of the menu: the command it runs.</summary>
    internal const string Prefix = "run:";

    public IReadOnlyList<string> For(MemberDoc member) =>
        table.Dialogs.Where(d => d.MenuPlace is not null && d.Allows(member)).Select(d => (d.Name, Place: d.MenuPlace!.Value))
            .Concat(table.Commands.Where(c => c.MenuPlace is not null && (c.Requires is not { } role || member.Has(role))).Select(c => (c.Name, Place: c.MenuPlace!.Value)))
            .OrderBy(a => a.Place).Select(a => a.Name).ToList();

    public void Show(Turn turn)
    {
        var t = turn.Texts;
        var actions = For(turn.Member).Select(name => (t.MenuLabel(name, table.WordOf(name)), Prefix + name)).ToList();
        turn.Ask(t.MenuIntro(turn.Member.Name), actions.Chunk(3));
    }
}
