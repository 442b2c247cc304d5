using ChatAppraisal.Scoring;

namespace ChatAppraisal;

/// <summary>The examiner's dialog (/score).</summary>
public abstract partial class Texts
{
    public abstract string DescribeScore { get; }
    public abstract string ScoreHelp { get; }

    // Villages
    public abstract string ChooseVillage { get; }
    public abstract string NoVillages { get; }
    public abstract string VillageButton(string name, int scored, int total, bool isSealed);
    public abstract string VillageNotFound(string typed);
    public abstract string Ambiguous(string typed, IEnumerable<string> candidates);
    public abstract string VillageGone { get; }
    public abstract string Sealed(string village, string signedBy);
    public abstract string AlreadyFirstStep { get; }

    // Categories
    public abstract string ChooseCategory(string village, int scored, int total, decimal onsite);
    public abstract string CategoryButton(string name, int scored, int count, decimal score, bool finished);
    public abstract string ChangeVillage { get; }
    public abstract string CategoryNotFound(string typed, int count);
    public abstract string AllCategoriesFinished(string village);

    // Items
    public abstract string ItemPrompt(string category, int number, int count, string item, decimal max, decimal? current, decimal subtotal, int scored);
    /// <summary>
    /// The item's criteria (评分标准) under its prompt, cut to <see cref="CriteriaShown"/> characters; when cut, it says how
    /// to read the whole (<see cref="CriteriaWord"/>).
    /// </summary>
    public abstract string ItemCriteria(string criteria);
    /// <summary>Typed at an item prompt: the item's whole criteria (<see cref="WholeCriteria"/>) above the prompt.</summary>
    public abstract string CriteriaWord { get; }
    /// <summary>An item's criteria as the plan writes them, line by line.</summary>
    public abstract string WholeCriteria(string item, string criteria);
    /// <summary>Under an item of a nested plan: its lowest block can be entered at once (its leaves' count of numbers).</summary>
    public abstract string BlockEntryHint(string block, int count);
    /// <summary>A count of numbers that fits neither the item, its lowest block nor its category.</summary>
    public abstract string WrongCountInBlock(int typed, int count, string block, int blockCount);
    /// <summary>A block's heading among the review's lines (its path below the category, its points).</summary>
    public abstract string ReviewBlock(string path, decimal max);
    /// <summary>A lowest block's items saved at once.</summary>
    public abstract string SavedBlock(string block, int count, decimal sum);

    /// <summary>Where an item sits in the plan's levels: "党的建设 › 组织建设 › 三会一课" (the separator reads in both languages).</summary>
    public static string LevelPath(string category, IEnumerable<string> blocks) => string.Join(" › ", blocks.Prepend(category));

    /// <summary>
    /// How much of an item's criteria a prompt shows; the whole is sent when the examiner types <see cref="CriteriaWord"/>,
    /// and is in the console's 评分细则 and the rubric's workbook.
    /// </summary>
    public const int CriteriaShown = 60;

    /// <summary>The criteria on one line, cut to <see cref="CriteriaShown"/> characters (never splitting an emoji).</summary>
    protected static string ShortCriteria(string criteria)
    {
        var info = OneLine(criteria);
        return info.LengthInTextElements <= CriteriaShown ? info.String : info.SubstringByTextElements(0, CriteriaShown) + "…";
    }

    /// <summary>Whether <see cref="ShortCriteria"/> cuts the criteria.</summary>
    protected static bool CriteriaCut(string criteria) => OneLine(criteria).LengthInTextElements > CriteriaShown;

    static System.Globalization.StringInfo OneLine(string criteria) =>
        new(string.Join(" ", criteria.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    public abstract string FullMarks { get; }
    public abstract string Zero { get; }
    public abstract string Skip { get; }
    public abstract string Previous { get; }
    public abstract string SavedItem(string item, decimal value);
    public abstract string SkippedItem(string item);
    public abstract string PointsProblem(PointsError error, string typed, decimal max);
    public abstract string DecimalCommaAmbiguous(string typed, int count);
    public abstract string WrongCount(int typed, int count);
    public abstract string QuickEntryRefused(IEnumerable<string> problems, int count);
    public abstract string QuickEntryProblem(int number, string item, decimal max, string typed, PointsError error);

    // Review
    public abstract string Review(string village, string category, IEnumerable<string> lines, decimal raw, decimal score, decimal max, IReadOnlyList<int> missing);
    public abstract string ReviewLine(int number, string item, decimal? score, decimal max);
    public abstract string Confirm { get; }
    public abstract string EditButton(int number);
    public abstract string ReviewHint(int count);
    public abstract string NoSuchItem(int number, int count);
    public abstract string Confirmed(string category, decimal score);

    protected static string F(decimal value) => Points.Format(value);

    /// <summary>What the user typed, quoted back at most 20 characters long (never splitting an emoji).</summary>
    protected static string Shorten(string typed)
    {
        var info = new System.Globalization.StringInfo(typed.Trim());
        return info.LengthInTextElements <= 20 ? info.String : info.SubstringByTextElements(0, 20) + "…";
    }
}
