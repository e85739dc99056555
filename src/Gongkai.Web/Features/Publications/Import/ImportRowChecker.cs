using System.IO.Compression;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>A row that passed every check, ready to become a published document.</summary>
internal sealed record CheckedRow(
    int Row,
    DocumentContent Content,
    DateOnly PublishedOn,
    string? IndexNumber,
    Validity? Validity,
    IReadOnlyList<ZipArchiveEntry> Attachments);

/// <summary>
/// Checks one row on its own: required fields, dates, document number, topic, genre, catalog category, validity and the
/// attachments it names. What needs other rows or the database (duplicates) is checked afterwards by the caller.
/// Every problem of the row is reported, not only the first.
/// </summary>
internal sealed class ImportRowChecker(
    IReadOnlyDictionary<ImportColumn, int> columns,
    IReadOnlyList<CatalogCategory> categories,
    DateOnly today,
    AttachmentArchive? archive,
    bool date1904 = false)
{
    public const string DefaultTopic = "15";
    public const string DefaultGenre = "其他";
    public const string ExamplePrefix = "【示例";

    public CheckedRow? Check(SheetRow row, List<ImportRefusal> refusals)
    {
        var title = Single(Cell(row, ImportColumn.Title));
        var problems = new List<string>();

        if (title.Length == 0)
        {
            problems.Add("缺少标题。");
        }
        else if (title.Length > 200)
        {
            problems.Add("标题超过200个字。");
        }
        else if (title.StartsWith(ExamplePrefix, StringComparison.Ordinal))
        {
            problems.Add("这是模板中的示例行，请删除后再导入。");
        }

        var number = DocumentNumberOf(Cell(row, ImportColumn.DocumentNumber), problems);
        var writtenOn = Date(row, ImportColumn.WrittenOn, required: true, problems);
        var publishedOn = Date(row, ImportColumn.PublishedOn, required: true, problems);
        if (publishedOn > today)
        {
            problems.Add($"发布日期{publishedOn:yyyy-MM-dd}晚于今天；导入的是已经发布的文件。");
        }

        if (writtenOn is not null && publishedOn is not null && publishedOn < writtenOn)
        {
            problems.Add("发布日期早于成文日期。");
        }

        var indexNumber = Single(Cell(row, ImportColumn.IndexNumber));
        if (indexNumber.Length > 64)
        {
            problems.Add("索引号超过64个字符。");
        }

        var topic = TopicOf(Cell(row, ImportColumn.Topic), problems);
        var genre = GenreOf(Cell(row, ImportColumn.Genre), problems);

        var normative = ImportValues.ParseYesNo(Cell(row, ImportColumn.IsNormative));
        if (normative is null)
        {
            problems.Add($"是否规范性文件“{Cell(row, ImportColumn.IsNormative).Trim()}”应为“是”或“否”。");
        }

        var effectiveOn = Date(row, ImportColumn.EffectiveOn, required: false, problems);
        var expiresOn = Date(row, ImportColumn.ExpiresOn, required: false, problems);
        var (validityKnown, validity) = ImportValues.ParseValidity(Cell(row, ImportColumn.Validity));
        if (!validityKnown)
        {
            problems.Add($"有效性“{Cell(row, ImportColumn.Validity).Trim()}”应为有效、失效、废止或已修改。");
        }

        if (normative == false && (effectiveOn is not null || expiresOn is not null || validity is not null))
        {
            problems.Add("实施日期、废止日期和有效性只适用于规范性文件：请把“是否规范性文件”填为“是”，或清空这几项。");
        }

        if (effectiveOn is not null && expiresOn is not null && expiresOn < effectiveOn)
        {
            problems.Add("废止日期早于实施日期。");
        }

        if (validity == Validity.Valid && expiresOn is not null && expiresOn < today)
        {
            problems.Add($"有效性为“有效”，但废止日期{expiresOn:yyyy-MM-dd}已过。");
        }

        var category = CategoryOf(Cell(row, ImportColumn.Category), normative == true, problems);
        var summary = Cell(row, ImportColumn.Summary).Trim();
        Limit(summary, 2000, "摘要", problems);
        var keywords = Single(Cell(row, ImportColumn.Keywords));
        Limit(keywords, 256, "关键词", problems);
        var coIssuers = Single(Cell(row, ImportColumn.CoIssuers));
        Limit(coIssuers, 512, "联合发文", problems);
        var body = ImportValues.BodyHtml(Cell(row, ImportColumn.Body));
        var attachments = AttachmentsOf(Cell(row, ImportColumn.Attachments), problems);

        CheckedRow? result = null;
        if (problems.Count == 0)
        {
            var content = new DocumentContent(
                title, number, coIssuers, writtenOn!.Value, topic!, genre!, category!.Id, summary, keywords, body,
                normative == true, effectiveOn, expiresOn, NeedsInterpretation: false);
            try
            {
                // The document's own rules have the last word, so that nothing the import accepts fails when it is created.
                _ = new Document(Guid.NewGuid(), category.AgencyId, Guid.Empty, content, Proactive, writtenOn.Value, DateTime.UnixEpoch);
                result = new CheckedRow(row.Number, content, publishedOn!.Value, indexNumber.Length == 0 ? null : indexNumber, validity, attachments);
            }
            catch (DomainException ex)
            {
                problems.Add(ex.Message);
            }
        }

        refusals.AddRange(problems.Select(p => new ImportRefusal(row.Number, title, p)));
        return result;
    }

    public static readonly AttributeDecision Proactive = new(DisclosureAttribute.Proactive, "", "", HasNonPublicParts: false);

    private string Cell(SheetRow row, ImportColumn column) => columns.TryGetValue(column, out var index) ? row[index] : "";

    // One-line fields: a line break typed inside a cell is not part of a title or a number.
    private static string Single(string text) => string.Join("", (text ?? "").ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()));

    private static void Limit(string value, int max, string label, List<string> problems)
    {
        if (value.Length > max)
        {
            problems.Add($"{label}超过{max}个字。");
        }
    }

    private DateOnly? Date(SheetRow row, ImportColumn column, bool required, List<string> problems)
    {
        var label = ImportColumns.Spec(column).Header;
        var text = Cell(row, column).Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add($"缺少{label}。");
            }

            return null;
        }

        var date = ImportValues.ParseDate(text, date1904);
        if (date is null)
        {
            problems.Add($"{label}“{text}”不是有效的日期，应如 2014-03-27 或 2014年3月27日。");
        }

        return date;
    }

    private static string? DocumentNumberOf(string text, List<string> problems)
    {
        // ﹝﹞ (small brackets) are common on old sites and are not among the brackets DocumentNumber folds.
        var value = Single(text).Replace('﹝', '〔').Replace('﹞', '〕');
        if (value.Length == 0)
        {
            return null;
        }

        if (!DocumentNumber.TryParse(value, out var number))
        {
            problems.Add($"发文字号“{value}”格式不正确，应如“鲁人社办发〔2014〕61号”。");
            return null;
        }

        if (number!.IssuerCode.Length > 48 || number.ToString().Length > 64)
        {
            problems.Add("发文字号过长。");
            return null;
        }

        return number.ToString();
    }

    private static string? TopicOf(string text, List<string> problems)
    {
        var value = ImportValues.Fold(text).Replace('/', '／');
        if (value.Length == 0)
        {
            return DefaultTopic;
        }

        // A code typed into Excel as a number loses its leading zero: 2 → 02.
        if (int.TryParse(value, out var whole) && whole is > 0 and < 100)
        {
            value = whole.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        var topic = Topics.Find(value)
            ?? Topics.All.FirstOrDefault(t => t.FullName == value)
            ?? Topics.All.Where(t => t.Name == value).OrderBy(t => t.ParentCode is null ? 0 : 1).FirstOrDefault();
        if (topic is null)
        {
            problems.Add($"主题分类“{text.Trim()}”不在国务院主题分类中。");
        }

        return topic?.Code;
    }

    private static string? GenreOf(string text, List<string> problems)
    {
        var value = ImportValues.Fold(text);
        if (value.Length == 0)
        {
            return DefaultGenre;
        }

        if (value is "命令" or "令" or "命令(令)")
        {
            return "命令（令）";
        }

        if (Genres.IsKnown(value))
        {
            return value;
        }

        problems.Add($"公文种类“{value}”不在可选范围内（{string.Join("、", Genres.All)}）。");
        return null;
    }

    private CatalogCategory? CategoryOf(string text, bool normative, List<string> problems)
    {
        var value = ImportValues.Fold(text);
        if (value.Length == 0)
        {
            var fallback = normative ? "normative" : "laws";
            var found = categories.FirstOrDefault(c => c.Slug == fallback);
            if (found is null)
            {
                problems.Add("请填写目录（本机关的公开目录中没有默认的目录）。");
            }

            return found;
        }

        var bySlug = categories.FirstOrDefault(c => string.Equals(c.Slug, value, StringComparison.OrdinalIgnoreCase));
        if (bySlug is not null)
        {
            return bySlug;
        }

        var byName = categories.Where(c => c.Name == value).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }

        problems.Add(byName.Count > 1
            ? $"目录“{value}”有{byName.Count}个同名目录，请改用目录代码。"
            : $"目录“{value}”不在本机关的公开目录中。");
        return null;
    }

    private List<ZipArchiveEntry> AttachmentsOf(string text, List<string> problems)
    {
        var entries = new List<ZipArchiveEntry>();
        var names = ImportValues.SplitList(text);
        if (names.Count == 0)
        {
            return entries;
        }

        if (archive is null)
        {
            problems.Add($"列出了附件（{string.Join("；", names)}），但没有上传附件压缩包。");
            return entries;
        }

        foreach (var name in names)
        {
            try
            {
                var entry = archive.Find(name);
                archive.Verify(entry);
                if (!entries.Contains(entry))
                {
                    entries.Add(entry);
                }
            }
            catch (DomainException ex)
            {
                problems.Add(ex.Message);
            }
        }

        return entries;
    }
}
