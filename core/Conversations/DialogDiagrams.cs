namespace ChatAppraisal.Conversations;

/// <summary>
/// The dialogs' state machines as Markdown pages with a Mermaid diagram, kept in docs/dialogs/&lt;name&gt;.md.
/// A test compares the files with <see cref="Page"/> and fails when one is stale; set UPDATE_DIALOG_DIAGRAMS=1 to rewrite them.
/// </summary>
public static class DialogDiagrams
{
    public const string UpdateVariable = "UPDATE_DIALOG_DIAGRAMS";

    public static string FileName(IDialog dialog) => $"{dialog.Name}.md";

    public static string Page(IDialog dialog) =>
        $"""
        # /{dialog.Name}

        The state machine of the `/{dialog.Name}` dialog ({dialog.GetType().Name}), generated from its code.
        Regenerate with `{UpdateVariable}=1 dotnet test --filter DialogDiagram`.

        ```mermaid
        {dialog.Diagram().Trim().ReplaceLineEndings("\n")}
        ```

        """.ReplaceLineEndings("\n");
}
