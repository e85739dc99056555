using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>How the text of one cell becomes a value: dates however they were typed, 是/否, 有效性, the body.</summary>
internal static partial class ImportValues
{
    // Excel's serial dates: 10000 is 1927-05-18, 2958465 is 9999-12-31. Smaller numbers are refused rather than read as
    // dates, so that a year typed alone (2014) is not taken for 1905-07-06; 20140327 and the like are yyyyMMdd.
    private const double MinSerial = 10000;
    private const double MaxSerial = 2958465;

    /// <summary>2014-03-27, 2014/3/27, 2014.3.27, 2014年3月27日, 20140327, an Excel serial number, with or without a time.</summary>
    public static DateOnly? ParseDate(string? text, bool date1904 = false)
    {
        var value = Fold(text);
        if (value.Length == 0)
        {
            return null;
        }

        if (EightDigits().IsMatch(value))
        {
            return DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact) ? compact : null;
        }

        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            if (date1904)
            {
                serial += 1462;
            }

            return serial is >= MinSerial and <= MaxSerial ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;
        }

        var match = DatePattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>是/否 and the usual ways of writing them; null when the text is neither.</summary>
    public static bool? ParseYesNo(string? text) => Fold(text).ToLowerInvariant() switch
    {
        "" or "否" or "不是" or "n" or "no" or "false" or "0" => false,
        "是" or "y" or "yes" or "true" or "1" => true,
        _ => null,
    };

    /// <summary>有效, 失效, 废止, 已修改 (and the forms old sites use); null when blank, or unknown.</summary>
    public static (bool Known, Validity? Value) ParseValidity(string? text) => Fold(text) switch
    {
        "" or "—" or "-" => (true, null),
        "有效" or "现行有效" => (true, Validity.Valid),
        "失效" or "已失效" => (true, Validity.Expired),
        "废止" or "已废止" => (true, Validity.Repealed),
        "已修改" or "修改" or "已修订" => (true, Validity.Amended),
        _ => (false, null),
    };

    /// <summary>
    /// The body as safe HTML: HTML from the old site is sanitized; plain text is escaped and each line becomes a paragraph.
    /// </summary>
    public static string BodyHtml(string? text)
    {
        var body = (text ?? "").Trim();
        if (body.Length == 0)
        {
            return "";
        }

        return LooksLikeHtml().IsMatch(body) ? HtmlSanitizer.Sanitize(body) : Paragraphs(body);
    }

    /// <summary>Each non-blank line, trimmed and HTML-escaped, in its own &lt;p&gt;.</summary>
    public static string Paragraphs(string text)
    {
        var builder = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append("<p>").Append(Escape(trimmed)).Append("</p>");
        }

        return builder.ToString();
    }

    /// <summary>Escapes the five characters that matter in HTML text and attributes, and nothing else.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Several names in one cell, separated by ；or ;.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        [.. (text ?? "").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Full-width digits and punctuation typed in a Chinese input method become their usual forms; blanks are trimmed.</summary>
    public static string Fold(string? text)
    {
        var builder = new StringBuilder((text ?? "").Length);
        foreach (var c in (text ?? "").Trim())
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '／' => '/',
                '－' or '—' when builder.Length > 0 => '-',
                '．' => '.',
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex EightDigits();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"<\s*/?\s*(p|div|br|span|table|tr|td|h[1-6]|ul|ol|li|strong|b|em|i|u|a|img|blockquote|pre|font|center|section|article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();
}
