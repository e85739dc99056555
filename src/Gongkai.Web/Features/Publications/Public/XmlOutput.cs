using System.Text;
using System.Xml;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>Feeds and the sitemap are written straight to the response, UTF-8 without a byte-order mark.</summary>
internal static class XmlOutput
{
    // China has kept UTC+8 all year since 1991.
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static XmlWriter Create(HttpResponse response, string contentType)
    {
        response.ContentType = contentType;
        return XmlWriter.Create(response.Body, new XmlWriterSettings
        {
            Async = true,
            Encoding = new UTF8Encoding(false),
            Indent = false,
        });
    }

    /// <summary>Drops characters XML cannot carry (control characters pasted from a word processor), which would otherwise break the whole feed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[++i]);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    /// <summary>
    /// The instant a document was published: the recorded instant when it falls on its 发布日期 (Beijing), otherwise — a
    /// document brought in from an old site carries its original date — the start of that day in Beijing.
    /// </summary>
    public static DateTimeOffset Instant(DateTime? utc, DateOnly? date)
    {
        if (date is not { } day)
        {
            return utc is { } recorded ? Utc(recorded) : DateTimeOffset.UnixEpoch;
        }

        if (utc is { } at && DateOnly.FromDateTime(Utc(at).ToOffset(Beijing).DateTime) == day)
        {
            return Utc(at);
        }

        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Beijing).ToUniversalTime();
    }

    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
