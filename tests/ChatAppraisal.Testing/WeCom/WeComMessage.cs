namespace ChatAppraisal.Tests.WeCom;

/// <summary>A message of the app as a member's WeCom shows it (or as the double dropped it).</summary>
public sealed class WeComMessage
{
    public required string UserId { get; init; }
    public required string MsgId { get; init; }
    /// <summary>text, image, file, template_card.</summary>
    public required string Type { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public string? Text { get; init; }
    /// <summary>An image or file: the medium uploaded before.</summary>
    public WeComUpload? Media { get; init; }
    public string? TaskId { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<(string Text, string Key)> Buttons { get; init; } = [];
    /// <summary>The code message/send answered for this card; pressing a button makes another.</summary>
    public string? ResponseCode { get; init; }
    /// <summary>After update_template_card: what the card's button shows now (it can no longer be pressed).</summary>
    public string? ReplacedWith { get; internal set; }

    /// <summary>The card's title and text, or the text, as the member reads it.</summary>
    public string Reads => Type == "template_card" ? string.Join("\n", new[] { Title, Text }.Where(s => !string.IsNullOrEmpty(s))) : Text ?? "";

    public override string ToString() => $"{Type} to {UserId}: {Reads}" + (Buttons.Count > 0 ? " [" + string.Join(" | ", Buttons.Select(b => b.Text)) + "]" : "");
}
