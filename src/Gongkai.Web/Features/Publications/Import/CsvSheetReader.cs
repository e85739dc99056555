using System.Text;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// CSV as RFC 4180 writes it: comma-separated (tab-separated when the header has tabs and no commas), fields in double
/// quotes may hold commas, quotes ("") and line breaks. UTF-8 with or without a byte-order mark; a file that is not
/// valid UTF-8 is read as GB18030, which is what Excel on a Chinese Windows saves as “CSV”.
/// </summary>
internal static class CsvSheetReader
{
    public static List<SheetRow> Read(byte[] content, int maxNonEmptyRows)
    {
        var text = Decode(content);
        var delimiter = DelimiterOf(text);
        var rows = new List<SheetRow>();
        var nonEmpty = 0;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        var fieldStarted = false;

        void EndCell()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            fieldStarted = false;
        }

        bool EndRow()
        {
            EndCell();
            var row = new SheetRow(rowStart, [.. cells]);
            cells.Clear();
            rows.Add(row);
            if (row.Cells.Any(c => c.Length > 0))
            {
                nonEmpty++;
            }

            return nonEmpty < maxNonEmptyRows;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                EndCell();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (!EndRow())
                {
                    return rows;
                }

                line++;
                rowStart = line;
            }
            else
            {
                cell.Append(c);
                fieldStarted = true;
            }
        }

        if (quoted)
        {
            throw new DomainException($"CSV 文件第{rowStart}行的引号没有闭合，请检查该行。");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            EndRow();
        }

        return rows;
    }

    public static string Decode(byte[] content)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (content.AsSpan().StartsWith(bom))
        {
            return Strict(content.AsSpan(3)) ?? throw new DomainException("CSV 文件标明为 UTF-8，但其中有无法识别的字符。");
        }

        return Strict(content) ?? Gb18030().GetString(content);
    }

    private static string? Strict(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    internal static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static char DelimiterOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains('\t', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? '\t' : ',';
    }
}
