using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Publications.Import;

/// <summary>
/// Uploads files the way a browser does: GETs the page for its antiforgery token, then posts multipart/form-data.
/// Also builds the files to upload: CSV text, an XLSX made with OpenXml, a ZIP of attachments.
/// </summary>
internal static partial class ImportUpload
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static string ImportUrl(string agency) => $"/admin/{agency}/manage/import";

    public static async Task<HttpResponseMessage> PostAsync(StaffClient client, string agency, (string Name, byte[] Content)? sheet, (string Name, byte[] Content)? zip = null)
    {
        var url = ImportUrl(agency);
        var page = await client.GetAsync(url);
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        using var form = new MultipartFormDataContent();
        if (token.Success)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        }

        if (sheet is { } s)
        {
            form.Add(File(s.Content, s.Name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "sheet", s.Name);
        }

        if (zip is { } z)
        {
            form.Add(File(z.Content, "application/zip"), "attachments", z.Name);
        }

        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    /// <summary>Uploads, follows the redirect to the job page and waits until the job has finished; returns the job's URL and final page.</summary>
    public static async Task<(string Url, string Html)> ImportAsync(StaffClient client, string agency, (string Name, byte[] Content) sheet, (string Name, byte[] Content)? zip = null)
    {
        var response = await PostAsync(client, agency, sheet, zip);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"{ImportUrl(agency)}/", url, StringComparison.Ordinal);
        return (url, await WaitAsync(client, url));
    }

    public static async Task<string> WaitAsync(StaffClient client, string jobUrl)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var response = await client.GetAsync(jobUrl);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            var finished = html.Contains("data-state=\"Succeeded\"", StringComparison.Ordinal)
                || html.Contains("data-state=\"Refused\"", StringComparison.Ordinal)
                || html.Contains("data-state=\"Failed\"", StringComparison.Ordinal);
            if (finished)
            {
                Assert.False(response.Headers.Contains("Refresh"), "a finished job's page no longer refreshes itself");
                return html;
            }

            Assert.Equal("2", response.Headers.GetValues("Refresh").Single());
            await Task.Delay(100);
        }

        throw new TimeoutException($"导入任务 {jobUrl} 在60秒内没有结束。");
    }

    /// <summary>CSV as Excel writes it: UTF-8 with a byte-order mark, CRLF, fields quoted when they need it.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, params IReadOnlyList<string>[] rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            builder.Append(string.Join(",", row.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];

        static string Quote(string value) =>
            value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>A ZIP with the given entries, names taken as they are (a hostile “../evil.pdf” included).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// An XLSX as Excel saves it: text in the shared-string table, except the cells listed in <paramref name="inline"/>
    /// (inline strings, as other tools write them); numbers, such as date serials, as numeric cells with a date style.
    /// </summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<object>> rows, ISet<string>? inline = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var shared = new List<string>();
            var data = new SheetData();
            var all = new List<IReadOnlyList<object>> { header.Cast<object>().ToList() };
            all.AddRange(rows);
            for (var r = 0; r < all.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < all[r].Count; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var cell = all[r][c] switch
                    {
                        double serial => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(serial.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                        string text when inline?.Contains(reference) == true => new Cell
                        {
                            CellReference = reference,
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(text)),
                        },
                        string text when text.Length == 0 => null,
                        string text => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(shared, text).ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                        _ => throw new ArgumentException("只支持文本和数字单元格。"),
                    };
                    if (cell is not null)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "文件" }));
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static int Share(List<string> shared, string text)
    {
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }

        return index;
    }

    private static ByteArrayContent File(byte[] content, string type)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        return part;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
