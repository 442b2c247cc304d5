using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeScore => "on-site scoring (examiners)";
    public override string ScoreHelp =>
        "Scoring: choose the village, then the category, then answer each item (0 to its maximum, at most 2 decimals; full-width digits work).\n" +
        "Quick entry: at any item prompt, send the whole category at once (as many numbers as items, separated by spaces, commas, 、 or ；).\n" +
        "Villages and categories can be typed by name or a unique part of it.";

    public override string ChooseVillage => "Choose the village to score (or type its name):";
    public override string NoVillages => "There are no villages yet; an admin must add them first.";
    public override string VillageButton(string name, int scored, int total, bool isSealed) =>
        $"{(isSealed ? "🔒 " : scored == total ? "✓ " : "")}{name} {scored}/{total}";
    public override string VillageNotFound(string typed) =>
        typed.Length == 0 ? "Press a button or type a village's name." : $"Nothing matches \"{Shorten(typed)}\". Press a button or type a village's name (a part is enough).";
    public override string Ambiguous(string typed, IEnumerable<string> candidates) =>
        $"\"{Shorten(typed)}\" matches several: {string.Join(", ", candidates)}. Type more of the name or press a button.";
    public override string VillageGone => "That village has been removed; choose again.";
    public override string Sealed(string village, string signedBy) => $"The sheet of {village} was signed and sealed by {signedBy}: it cannot be changed.";
    public override string AlreadyFirstStep => "This is the first step already.";

    public override string ChooseCategory(string village, int scored, int total, decimal onsite) =>
        $"{village} · {scored}/{total} items scored · on-site appraisal {F(onsite)}\nChoose a category (✓ = confirmed), or type its name:";
    public override string CategoryButton(string name, int scored, int count, decimal score, bool finished) =>
        finished ? $"✓ {name} {F(score)}" : $"{name} {scored}/{count}";
    public override string ChangeVillage => "Other village";
    public override string CategoryNotFound(string typed, int count) =>
        $"No category matches \"{Shorten(typed)}\". Press a button, or type a category's name or number (1–{count}).";
    public override string AllCategoriesFinished(string village) => $"Every category of {village} is confirmed.";

    public override string ItemPrompt(string category, int number, int count, string item, decimal max, decimal? current, decimal subtotal, int scored) =>
        $"{category} {number}/{count} · {item} (max {F(max)})" +
        (current is { } c ? $"\nCurrent score: {F(c)}" : "") +
        $"\nCategory subtotal {F(subtotal)} ({scored}/{count} scored)" +
        $"\nType a score from 0 to {F(max)}, or {count} numbers to fill the whole category.";
    public override string FullMarks => "Full marks";
    public override string Zero => "0";
    public override string Skip => "Skip";
    public override string Previous => "Previous";
    public override string SavedItem(string item, decimal value) => $"✓ {item}: {F(value)}";
    public override string SkippedItem(string item) => $"Skipped: {item}";

    public override string PointsProblem(PointsError error, string typed, decimal max) => error switch
    {
        PointsError.Empty => $"Please type a score from 0 to {F(max)}, at most 2 decimals.",
        PointsError.Negative => $"A score cannot be negative. Type a number from 0 to {F(max)}.",
        PointsError.TooManyDecimals => $"\"{Shorten(typed)}\" has too many decimals: at most 2 (e.g. {F(max / 2)}).",
        PointsError.AboveMaximum => $"\"{Shorten(typed)}\" is above the maximum {F(max)}. Type a number from 0 to {F(max)}.",
        PointsError.DecimalComma => $"\"{Shorten(typed)}\" is ambiguous: write decimals with a point (e.g. 5.5). Type a number from 0 to {F(max)}.",
        PointsError.TooLong => $"\"{Shorten(typed)}\" is too long. Type a number from 0 to {F(max)}, at most 2 decimals.",
        _ => $"\"{Shorten(typed)}\" is not a score. Type a number from 0 to {F(max)}, at most 2 decimals, or press a button.",
    };
    public override string DecimalCommaAmbiguous(string typed, int count) =>
        $"\"{Shorten(typed)}\" is ambiguous: a decimal or two scores? Write decimals with a point (e.g. 5.5); to fill the category type {count} numbers.";
    public override string WrongCount(int typed, int count) =>
        $"You typed {typed} numbers. Type 1 number for this item, or {count} numbers for the whole category ({count} items). Nothing was saved.";
    public override string QuickEntryRefused(IEnumerable<string> problems, int count) =>
        $"Nothing was saved; these are wrong:\n{string.Join("\n", problems)}\nEach must be from 0 to that item's maximum, at most 2 decimals; {count} numbers in all.";
    public override string QuickEntryProblem(int number, string item, decimal max, string typed, PointsError error) =>
        $"item {number} {item} (max {F(max)}): \"{Shorten(typed)}\" " + error switch
        {
            PointsError.AboveMaximum => "is above the maximum",
            PointsError.Negative => "is negative",
            PointsError.TooManyDecimals => "has more than 2 decimals",
            _ => "is not a score",
        };

    public override string Review(string village, string category, IEnumerable<string> lines, decimal raw, decimal score, decimal max, IReadOnlyList<int> missing) =>
        $"Please check: {village} · {category}\n{string.Join("\n", lines)}\nSubtotal {F(raw)}" +
        (raw > max && score < raw ? $"\n⚠ Above the category maximum {F(max)}: counts as {F(score)}." : "") +
        (missing.Count > 0 ? $"\n⚠ {missing.Count} not scored yet: item {string.Join(", ", missing)}." : "") +
        "\nIf it is right press Confirm; to change an item press \"Edit N\" or type \"edit N\".";
    public override string ReviewLine(int number, string item, decimal? score, decimal max) =>
        $"{number}. {item} {(score is { } s ? F(s) : "—")}/{F(max)}";
    public override string Confirm => "Confirm";
    public override string EditButton(int number) => $"Edit {number}";
    public override string ReviewHint(int count) => $"Press Confirm, or type \"edit N\" (N from 1 to {count}).";
    public override string NoSuchItem(int number, int count) => $"There is no item {number}; this category has {count}.";
    public override string Confirmed(string category, decimal score) => $"✓ Confirmed: {category} {F(score)}.";

    public override string ItemCriteria(string criteria) =>
        $"Criteria: {ShortCriteria(criteria)}" + (CriteriaCut(criteria) ? $" (send \"{CriteriaWord}\" for the whole text)" : "");
    public override string CriteriaWord => "criteria";
    public override string WholeCriteria(string item, string criteria) => $"Criteria of \"{item}\":\n{criteria.Trim()}";
    public override string BlockEntryHint(string block, int count) => $"Type {count} numbers at once to enter the {count} items of “{block}”.";
    public override string WrongCountInBlock(int typed, int count, string block, int blockCount) =>
        $"You typed {typed} numbers. Type 1 for this item, {blockCount} for “{block}”, or {count} for the whole category. Nothing was saved.";
    public override string ReviewBlock(string path, decimal max) => $"▸ {path} ({F(max)} points)";
    public override string SavedBlock(string block, int count, decimal sum) => $"✓ {block}: {count} items saved, {F(sum)} points in all";
}
