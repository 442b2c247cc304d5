using ChatAppraisal.Charts;
using QRCoder;
using SkiaSharp;

namespace ChatAppraisal.Ballots;

/// <summary>
/// The printable slips of a ballot: A4 pages at 150 dpi (1240 × 1754 px), 2 × 5 slips a page with dashed cut lines.
/// Each slip has the QR code of its voting link, the village, the short code printed large for typing, one line saying
/// what to do, and the page where a code is typed by phones that cannot scan. Drawn with SkiaSharp in the shipped CJK font, so a server without Chinese fonts draws it too.
/// </summary>
public static class SlipSheet
{
    public const int Width = 1240, Height = 1754, Columns = 2, Rows = 5, PerPage = Columns * Rows;
    const int Margin = 50, HeaderHeight = 96;
    const int SlipWidth = (Width - 2 * Margin) / Columns;
    const int SlipHeight = (Height - 2 * Margin - HeaderHeight) / Rows;
    const int QrBox = 224;

    /// <summary>Where slip <paramref name="index"/> of a page lies (for tests that read a slip back).</summary>
    public static SKRectI SlipBounds(int index) => SKRectI.Create(
        Margin + index % Columns * SlipWidth, Margin + HeaderHeight + index / Columns * SlipHeight, SlipWidth, SlipHeight);

    /// <summary>The square slip <paramref name="index"/>'s QR code is drawn in (with its quiet zone), for tests that read it back.</summary>
    public static SKRectI QrBounds(int index) => SlipBounds(index) is var box ? SKRectI.Create(box.Left + 14, box.Top + 10, QrBox, QrBox) : default;

    /// <summary>One PNG per page of <see cref="PerPage"/> slips.</summary>
    /// <param name="first">The number of the first of these slips in the ballot (1-based), printed on each slip.</param>
    public static IReadOnlyList<byte[]> Pages(string village, IReadOnlyList<string> codes, BallotLinks links, int first = 1) =>
        Enumerable.Range(1, PageCount(codes.Count)).Select(p => PageOf(village, codes, links, p, first)).ToList();

    /// <summary>How many pages <paramref name="slips"/> slips take.</summary>
    public static int PageCount(int slips) => (slips + PerPage - 1) / PerPage;

    /// <summary>Page <paramref name="page"/> (1-based) of what <see cref="Pages"/> draws for these codes, drawn alone.</summary>
    public static byte[] PageOf(string village, IReadOnlyList<string> codes, BallotLinks links, int page, int first = 1)
    {
        var pageCount = PageCount(codes.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(page, pageCount);
        var skip = (page - 1) * PerPage;
        return Page(village, codes.Skip(skip).Take(PerPage).ToList(), links, page, pageCount, first + skip, codes.Count);
    }

    /// <summary>The slips are printed for the village meeting, in Chinese.</summary>
    static readonly Texts T = Texts.Zh;

    static byte[] Page(string village, IReadOnlyList<string> codes, BallotLinks links, int page, int pages, int firstNumber, int total)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var face = ChartFont.Typeface;
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var grey = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true };

        using (var title = new SKFont(face, 40) { Embolden = true })
            canvas.DrawText(T.SlipPageTitle(village), Margin, Margin + 42, SKTextAlign.Left, title, ink);
        using (var small = new SKFont(face, 24))
        {
            canvas.DrawText(T.SlipPageNumber(page, pages, firstNumber, firstNumber + codes.Count - 1, total), Width - Margin, Margin + 40, SKTextAlign.Right, small, grey);
            canvas.DrawText(T.SlipCutHere, Margin, Margin + 82, SKTextAlign.Left, small, grey);
        }

        using var cut = new SKPaint
        {
            Color = new SKColor(0x99, 0x99, 0x99), Style = SKPaintStyle.Stroke, StrokeWidth = 2,
            PathEffect = SKPathEffect.CreateDash([14, 10], 0),
        };
        var top = Margin + HeaderHeight;
        for (var r = 0; r <= Rows; r++) canvas.DrawLine(Margin, top + r * SlipHeight, Width - Margin, top + r * SlipHeight, cut);
        for (var c = 0; c <= Columns; c++) canvas.DrawLine(Margin + c * SlipWidth, top, Margin + c * SlipWidth, top + Rows * SlipHeight, cut);

        for (var i = 0; i < codes.Count; i++) Slip(canvas, SlipBounds(i), village, codes[i], links, firstNumber + i, ink, grey);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    static void Slip(SKCanvas canvas, SKRectI box, string village, string code, BallotLinks links, int number, SKPaint ink, SKPaint grey)
    {
        var face = ChartFont.Typeface;
        using var qr = QrCode(links.LinkFor(code));
        var qrLeft = box.Left + 14;
        var qrTop = box.Top + 10 + Math.Max(0, (QrBox - qr.Height) / 2);
        canvas.DrawBitmap(qr, qrLeft, qrTop);

        var textLeft = qrLeft + QrBox + 16;
        var textRight = box.Right - 18;
        using (var villageFont = FitFont(face, 34, village, textRight - textLeft, bold: true))
            canvas.DrawText(village, textLeft, box.Top + 58, SKTextAlign.Left, villageFont, ink);
        using (var label = new SKFont(face, 24))
        {
            canvas.DrawText(T.SlipLabel, textLeft, box.Top + 96, SKTextAlign.Left, label, grey);
            canvas.DrawText($"No. {number}", textRight, box.Top + 96, SKTextAlign.Right, label, grey);
            canvas.DrawText(T.SlipCodeLabel, textLeft, box.Top + 146, SKTextAlign.Left, label, grey);
        }
        using (var codeFont = FitFont(face, 52, BallotCodes.Display(code), textRight - textLeft, bold: true))
            canvas.DrawText(BallotCodes.Display(code), textLeft, box.Top + 204, SKTextAlign.Left, codeFont, ink);

        var instruction = T.SlipInstruction;
        using (var line = FitFont(face, 22, instruction, box.Width - 32, bold: false))
            canvas.DrawText(instruction, box.Left + 16, box.Top + 262, SKTextAlign.Left, line, ink);
        var typeIn = T.SlipTypeIn(links.TypeInPage);
        using (var address = FitFont(face, 19, typeIn, box.Width - 32, bold: false))
            canvas.DrawText(typeIn, box.Left + 16, box.Top + 294, SKTextAlign.Left, address, grey);
    }

    /// <summary>The QR code of <paramref name="link"/> (QRCoder's PNG, error correction M) at the largest whole module size that fits.</summary>
    static SKBitmap QrCode(string link)
    {
        // A one-pixel-per-module PNG tells how many modules (with the quiet zone) the link needs.
        using var probe = SKBitmap.Decode(PngByteQRCodeHelper.GetQRCode(link, QRCodeGenerator.ECCLevel.M, 1));
        var pixelsPerModule = Math.Max(3, QrBox / probe.Width);
        return SKBitmap.Decode(PngByteQRCodeHelper.GetQRCode(link, QRCodeGenerator.ECCLevel.M, pixelsPerModule));
    }

    /// <summary>The font at <paramref name="size"/>, smaller if the text would not fit <paramref name="width"/>.</summary>
    static SKFont FitFont(SKTypeface face, float size, string text, float width, bool bold)
    {
        var font = new SKFont(face, size) { Embolden = bold };
        var measured = font.MeasureText(text);
        if (measured > width) font.Size = Math.Max(10, size * width / measured);
        return font;
    }
}
