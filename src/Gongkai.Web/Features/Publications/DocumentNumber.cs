using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Features.Publications;

/// <summary>发文字号: issuer code, year and serial, e.g. 鲁人社办发〔2014〕61号, however the brackets and digits were typed.</summary>
public sealed partial record DocumentNumber(string IssuerCode, int Year, int Serial)
{
    public override string ToString() => $"{IssuerCode}〔{Year}〕{Serial}号";

    public static bool TryParse(string? text, out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(Fold(text));
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value);
        var serial = int.Parse(match.Groups["serial"].Value);
        if (year is < 1949 or > 2100 || serial <= 0)
        {
            return false;
        }

        number = new DocumentNumber(match.Groups["issuer"].Value.Trim(), year, serial);
        return true;
    }

    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var number) ? number! : throw new DomainException($"发文字号“{text}”格式不正确，应如“鲁人社办发〔2014〕61号”。");

    /// <summary>Full-width digits, letters and brackets become their usual forms, and every bracket pair becomes 〔〕.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
                >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
                '[' or '(' or '（' or '［' or '【' or '〖' or '{' or '｛' or '﹝' => '〔',
                ']' or ')' or '）' or '］' or '】' or '〗' or '}' or '｝' or '﹞' => '〕',
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<issuer>[^〔〕]*?)\s*〔\s*(?<year>\d{4})\s*〕\s*第?\s*(?<serial>\d{1,6})\s*号?$")]
    private static partial Regex Pattern();
}
