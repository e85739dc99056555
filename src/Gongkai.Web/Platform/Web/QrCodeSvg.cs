using System.Collections.Concurrent;
using QRCoder;

namespace Gongkai.Web.Platform.Web;

/// <summary>The QR code of a page's address, as inline SVG for the footer.</summary>
public sealed class QrCodeSvg
{
    private readonly ConcurrentDictionary<string, string> cache = new();

    public string For(string url)
    {
        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(url, static u =>
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(u, QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(3);
            return svg;
        });
    }
}
