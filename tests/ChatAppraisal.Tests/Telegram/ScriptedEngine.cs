using System.Collections.Concurrent;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>
/// A test double of the conversation engine, to test the channel alone: it records what it is handed and answers by
/// a few fixed rules (echo, a menu with buttons, an edit in place, a long text, a PNG, a document, a failure).
/// </summary>
public sealed class ScriptedEngine : IConversationEngine
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static readonly byte[] Workbook = "PK\u0003\u0004 a workbook's bytes"u8.ToArray();

    /// <summary>60 lines of 100 characters: 6,060 characters, more than one Telegram message holds.</summary>
    public static readonly string LongText = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"{i:00} " + new string('分', 97)));

    public ConcurrentQueue<ChatUpdate> Seen { get; } = new();

    public Func<ChatUpdate, IReadOnlyList<Reply>> Respond { get; set; } = Rules;

    public Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default)
    {
        Seen.Enqueue(update);
        return Task.FromResult(Respond(update));
    }

    public static IReadOnlyList<Reply> Rules(ChatUpdate update) => update switch
    {
        { Unsupported: true } => [new TextReply("请发送文字。")],
        { ButtonData: { } data } when data.StartsWith("pick:") =>
            [new TextReply($"已选 {data[5..]}", Menu, EditMessageId: update.ButtonMessageId)],
        { Text: "/menu" } => [new TextReply("请选择", Menu)],
        { Text: "/long" } => [new TextReply(LongText, Menu)],
        { Text: "/chart" } => [new ImageReply(Png, "排名图")],
        { Text: "/export" } => [new DocumentReply(Workbook, "考核结果.xlsx", "导出")],
        { Text: "/boom" } => throw new InvalidOperationException("the engine broke"),
        { Text: { } text } => [new TextReply("收到：" + text)],
        _ => [],
    };

    static readonly IReadOnlyList<IReadOnlyList<Button>> Menu = [[new Button("A", "pick:A"), new Button("B", "pick:B")]];
}
