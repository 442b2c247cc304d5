using System.Text.RegularExpressions;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.CrashSafety;

public enum PromptKind
{
    /// <summary>"党建工作 3/17 · 做合格党员（满分 13 分）": the item to answer.</summary>
    Item,
    /// <summary>"请核对：新庄村 · 党建工作": the review, waiting for 确认.</summary>
    Review,
    /// <summary>"请选择类别": the village's categories.</summary>
    Categories,
}

/// <summary>Where a /score prompt stands, read from the text a person sees in Telegram.</summary>
/// <param name="Category">The category's index in the rubric (Item, Review).</param>
/// <param name="Item">The item's index (Item).</param>
public sealed partial record ScorePrompt(PromptKind Kind, int Category = -1, int Item = -1, BotMessage? Message = null)
{
    [GeneratedRegex(@"^(?<category>.+) (?<number>\d+)/(?<count>\d+) · .+（满分 [\d.]+ 分）$", RegexOptions.Multiline)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^请核对：.+ · (?<category>.+)$", RegexOptions.Multiline)]
    private static partial Regex ReviewLine();

    [GeneratedRegex(@"^✓ (?<item>.+)：(?<value>[\d.]+) 分$", RegexOptions.Multiline)]
    private static partial Regex SavedLine();

    /// <summary>The prompt a message carries, or null (a note, an echo, something else).</summary>
    public static ScorePrompt? Read(BotMessage message, Rubric rubric)
    {
        var text = message.Text ?? "";
        if (ItemLine().Match(text) is { Success: true } item && CategoryIndex(rubric, item.Groups["category"].Value) is { } c)
            return new(PromptKind.Item, c, int.Parse(item.Groups["number"].Value) - 1, message);
        if (ReviewLine().Match(text) is { Success: true } review && CategoryIndex(rubric, review.Groups["category"].Value.Trim()) is { } r)
            return new(PromptKind.Review, r, Message: message);
        if (text.Contains("请选择类别") && message.Buttons.Count > 0) return new(PromptKind.Categories, Message: message);
        return null;
    }

    /// <summary>The (category, item, value) an answer's acknowledgement ("✓ 做合格党员：10 分" + the next prompt) names.</summary>
    public static (int Category, int Item, decimal Value)? SavedAnswer(BotMessage message, Rubric rubric)
    {
        var text = message.Text ?? "";
        if (SavedLine().Match(text) is not { Success: true } saved) return null;
        var next = Read(message, rubric);
        if (next is not { Kind: PromptKind.Item or PromptKind.Review }) return null;
        var items = rubric.Categories[next.Category].Items;
        var item = items.ToList().FindIndex(i => i.Name == saved.Groups["item"].Value);
        return item < 0 ? null : (next.Category, item, decimal.Parse(saved.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The category a confirmation ("✓ 已确认：党建工作 97.5 分。") names.</summary>
    public static int? ConfirmedCategory(BotMessage message, Rubric rubric)
    {
        var text = message.Text ?? "";
        const string prefix = "✓ 已确认：";
        if (!text.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = text[prefix.Length..];
        var found = rubric.Categories.Select((c, i) => (c.Name, i)).Where(c => rest.StartsWith(c.Name + " ", StringComparison.Ordinal)).ToList();
        return found.Count == 1 ? found[0].i : null;
    }

    static int? CategoryIndex(Rubric rubric, string name)
    {
        var index = rubric.Categories.ToList().FindIndex(c => c.Name == name);
        return index < 0 ? null : index;
    }
}
