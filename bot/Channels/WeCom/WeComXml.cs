using System.Xml;
using System.Xml.Linq;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>Reads WeCom's XML safely: no DTD, no external resolver, at most <see cref="MaxCharacters"/> characters.</summary>
public static class WeComXml
{
    public const int MaxCharacters = 64 * 1024;

    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element; malformed, oversized or DTD-carrying XML throws <see cref="WeComCallbackException"/>.</summary>
    public static XElement Load(string xml)
    {
        if (xml.Length > MaxCharacters) throw new WeComCallbackException($"the XML is longer than {MaxCharacters} characters");
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(reader).Root ?? throw new WeComCallbackException("the XML has no root element");
        }
        catch (XmlException e)
        {
            throw new WeComCallbackException("the XML cannot be read: " + e.Message);
        }
    }
}
