using ChatAppraisal.Export;

namespace ChatAppraisal.Tests.Export;

/// <summary>A workbook holds whatever a member wrote: what XML cannot hold is left out, never the whole file lost.</summary>
public sealed class XlsxTextTests
{
    [Fact]
    public void AReasonWithControlCharactersOrALoneSurrogateIsWrittenWithoutThemAndTheRestKept()
    {
        // As the chat's fuzz test typed it: a control character, DEL, an emoji with its skin tone, a lone half of a pair.
        var typed = "会议记录\u0002缺两次\u007F👍🏻\uD83D改\tok\n第二行";
        var sheet = new XlsxSheet("扣分").Set(1, 1, typed, CellStyle.Text).Set(1, 2, "\u0001", CellStyle.Text).Set(2, 1, 5.5m, CellStyle.Number2);

        using var read = new WorkbookReader(XlsxWriter.Write([sheet]));

        Assert.Equal("会议记录缺两次\u007F👍🏻改\tok\n第二行", read.Text("扣分", "A1"));
        Assert.Equal("", read.Text("扣分", "B1"));
        Assert.Equal(5.5m, read.Number("扣分", "A2"));
    }

    [Fact]
    public void TextXmlHoldsIsReturnedAsItIs()
    {
        const string plain = "上庄村：扣分原因（会议记录缺两次）👍";
        Assert.Same(plain, XlsxWriter.XmlText(plain));
    }
}
