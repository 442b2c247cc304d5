using ChatAppraisal.Ballots;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>Reads the QR codes on a slip page back (ZXing over pixels decoded by SkiaSharp), one slip at a time.</summary>
static class SlipImages
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "chatappraisal-ballots");

    public static void Save(string name, byte[] content)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, name), content);
    }

    /// <summary>The text of each slip's QR code on the page, in slip order; stops at the first empty slip.</summary>
    public static List<string> Links(byte[] png)
    {
        using var page = SKBitmap.Decode(png);
        Assert.Equal((SlipSheet.Width, SlipSheet.Height), (page.Width, page.Height));
        var links = new List<string>();
        for (var i = 0; i < SlipSheet.PerPage; i++)
        {
            using var slip = new SKBitmap();
            Assert.True(page.ExtractSubset(slip, SlipSheet.QrBounds(i)));
            if (Decode(slip) is not { } text) break;
            links.Add(text);
        }
        return links;
    }

    public static string? Decode(SKBitmap bitmap)
    {
        using var rgba = bitmap.Copy(SKColorType.Rgba8888);
        var source = new RGBLuminanceSource(rgba.Bytes, rgba.Width, rgba.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        // The crop is the code with its quiet zone and nothing else: read as a pure code first, then by search.
        foreach (var pure in new[] { true, false })
        {
            var reader = new BarcodeReaderGeneric
            {
                AutoRotate = false,
                Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true, PureBarcode = pure },
            };
            if (reader.Decode(source)?.Text is { } text) return text;
        }
        return null;
    }
}
