using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Choosing a village, the same in every dialog: numbered buttons two a row, each with how many items are scored and a
/// lock when sealed; or typed, as the number in that list or (part of) the name.
/// </summary>
internal static class VillageChoice
{
    /// <summary>The data of a village's button: this prefix and the village's id.</summary>
    public const string Prefix = "v:";

    /// <summary>Whether the pressed button's data names a village; its id if so. The one reader of village buttons.</summary>
    public static bool Pressed(string data, out int villageId)
    {
        villageId = 0;
        return data.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(data.AsSpan(Prefix.Length), out villageId);
    }

    /// <summary>Asks for a village with its buttons (in the roster's order, the order their numbers mean); with no village
    /// registered at all, says so and ends the dialog.</summary>
    public static void Ask(Turn turn, VillageRoster roster, Sheets sheets, string prompt, string dataPrefix)
    {
        var villages = roster.All();
        if (villages.Count == 0)
        {
            turn.Say(turn.Texts.NoVillages);
            turn.EndDialog();
            return;
        }
        turn.Ask(prompt, Buttons(sheets.Progress(turn.Period), turn.Period, turn.Texts, villages, dataPrefix));
    }

    static IEnumerable<(string Label, string Data)[]> Buttons(SheetsProgress progress, PeriodView period, Texts texts,
        IReadOnlyList<VillageDoc> villages, string dataPrefix) =>
        villages
            .Select(v => (texts.VillageButton(v.Name, progress.ScoredOf(v.Id), period.Rubric.ItemCount, progress.IsSealed(v.Id)), dataPrefix + v.Id))
            .Chunk(2);

    /// <summary>The village whose number in the list was typed (1-based; full-width digits too).</summary>
    public static VillageDoc? ByNumber(IReadOnlyList<VillageDoc> villages, string text) =>
        int.TryParse(Points.Normalize(text), out var n) && n >= 1 && n <= villages.Count ? villages[n - 1] : null;

    /// <summary>The one village the typed name means; otherwise null and what to tell the person (unknown, or which ones it could be).</summary>
    public static VillageDoc? ByName(IReadOnlyList<VillageDoc> villages, string text, Texts texts, out string refusal)
    {
        var match = NameMatch.Find(villages, v => v.Name, text);
        refusal = match.Kind switch
        {
            MatchKind.Unique => "",
            MatchKind.Ambiguous => texts.Ambiguous(text, match.Candidates.Select(v => v.Name)),
            _ => texts.VillageNotFound(text),
        };
        return match.Kind == MatchKind.Unique ? match.Match : null;
    }

    /// <summary>By number, else by name.</summary>
    public static VillageDoc? Find(IReadOnlyList<VillageDoc> villages, string text, Texts texts, out string refusal)
    {
        refusal = "";
        return ByNumber(villages, text) ?? ByName(villages, text, texts, out refusal);
    }
}
