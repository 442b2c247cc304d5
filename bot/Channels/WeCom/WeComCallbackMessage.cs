using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// One decrypted callback of a self-built app: a member's message (text, image, …) or an event (enter_agent, a menu
/// click, a template card's button press). Only the fields the bot reads.
/// </summary>
public sealed record WeComCallbackMessage
{
    public required string ToUserName { get; init; }
    /// <summary>The member's WeCom UserId: their account on this channel.</summary>
    public required string FromUserName { get; init; }
    public required long CreateTime { get; init; }
    /// <summary>text, image, voice, video, location, link, event.</summary>
    public required string MsgType { get; init; }
    public string? Content { get; init; }
    public string? MediaId { get; init; }
    public string? PicUrl { get; init; }
    public string? MsgId { get; init; }
    /// <summary>enter_agent, click, view, template_card_event, …</summary>
    public string? Event { get; init; }
    public string? EventKey { get; init; }
    public string? TaskId { get; init; }
    public string? ResponseCode { get; init; }
    public string? AgentId { get; init; }

    public bool IsEvent => MsgType == "event";

    /// <summary>
    /// Tells one callback from another, so each is handled once: <c>MsgId</c> for messages; for events the sender,
    /// second, event, key and task, since two different events can share a second.
    /// </summary>
    public string DedupeKey => !IsEvent && !string.IsNullOrEmpty(MsgId)
        ? "msg:" + MsgId
        : string.Join('\u001f', "event", FromUserName, CreateTime.ToString(CultureInfo.InvariantCulture), Event, EventKey, TaskId);

    /// <summary>The engine's update id: the MsgId itself when it is a number, otherwise 63 bits of the dedupe key's SHA-256.</summary>
    public long UpdateId =>
        !IsEvent && long.TryParse(MsgId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : (long)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(DedupeKey))) >> 1);

    /// <summary>Parses the decrypted XML (safely: no DTD, a size limit); throws <see cref="WeComCallbackException"/> when it is not a callback.</summary>
    public static WeComCallbackMessage Parse(string xml)
    {
        var root = WeComXml.Load(xml);
        string? Text(string name) => root.Element(name)?.Value is { } v ? v.Trim() : null;
        string Required(string name) => Text(name) is { Length: > 0 } v ? v : throw new WeComCallbackException($"the callback has no {name}");
        return new WeComCallbackMessage
        {
            ToUserName = Text("ToUserName") ?? "",
            FromUserName = Required("FromUserName"),
            CreateTime = long.TryParse(Text("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var time)
                ? time
                : throw new WeComCallbackException("the callback's CreateTime is not a number"),
            MsgType = Required("MsgType"),
            // The content is the member's own text: keep its spaces, only the CDATA's element is trimmed away.
            Content = root.Element("Content")?.Value,
            MediaId = Text("MediaId"),
            PicUrl = Text("PicUrl"),
            MsgId = Text("MsgId"),
            Event = Text("Event"),
            EventKey = Text("EventKey"),
            TaskId = Text("TaskId"),
            ResponseCode = Text("ResponseCode"),
            AgentId = Text("AgentID"),
        };
    }

    /// <summary>The plaintext XML of this callback, as WeCom sends it (the test double encrypts this).</summary>
    public string ToXml()
    {
        var xml = new XElement("xml",
            Cdata("ToUserName", ToUserName),
            Cdata("FromUserName", FromUserName),
            new XElement("CreateTime", CreateTime),
            Cdata("MsgType", MsgType));
        if (Content is not null) xml.Add(Cdata("Content", Content));
        if (PicUrl is not null) xml.Add(Cdata("PicUrl", PicUrl));
        if (MediaId is not null) xml.Add(Cdata("MediaId", MediaId));
        if (Event is not null) xml.Add(Cdata("Event", Event));
        if (EventKey is not null) xml.Add(Cdata("EventKey", EventKey));
        if (TaskId is not null) xml.Add(Cdata("TaskId", TaskId));
        if (Event == "template_card_event") xml.Add(Cdata("CardType", "button_interaction"));
        if (ResponseCode is not null) xml.Add(Cdata("ResponseCode", ResponseCode));
        if (MsgId is not null) xml.Add(new XElement("MsgId", MsgId));
        if (AgentId is not null) xml.Add(new XElement("AgentID", AgentId));
        return xml.ToString(SaveOptions.DisableFormatting);
    }

    static XElement Cdata(string name, string value) => new(name, new XCData(value));
}
