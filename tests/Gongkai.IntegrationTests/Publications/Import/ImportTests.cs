using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.IntegrationTests.Publications.Import.ImportUpload;

namespace Gongkai.IntegrationTests.Publications.Import;

public sealed class ImportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly string[] Header =
        ["目录", "标题", "发文字号", "成文日期", "发布日期", "索引号", "主题分类", "公文种类", "是否规范性文件", "实施日期", "废止日期", "正文", "附件"];

    private string AttachmentRoot => factory.Services.GetRequiredService<IConfiguration>()["Attachments:Root"]!;

    private int AttachmentFileCount() =>
        Directory.Exists(AttachmentRoot) ? Directory.EnumerateFiles(AttachmentRoot, "*", SearchOption.AllDirectories).Count() : 0;

    private async Task<List<Document>> DocumentsAsync(string agencyCode, string titlePrefix)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        return await db.Set<Document>().Include(d => d.History)
            .Where(d => d.AgencyId == agency.Id && d.Title.StartsWith(titlePrefix)).ToListAsync();
    }

    [Fact]
    public async Task A_valid_csv_with_an_attachments_zip_publishes_every_row_with_index_numbers()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var csv = Csv(Header,
            ["labour-relations", "CSV导入甲：关于调整全省最低工资标准的通知", "鲁人社发[2013]5号", "2013-01-05", "2013年1月8日", "OLDSITE-SD-2013-0005", "劳动就业", "通知", "否", "", "",
                "各市人力资源社会保障局：\n第一段，含逗号, 和\"引号\"。\n第二段 a < b", "wage.pdf；chart.png"],
            ["规划计划", "CSV导入乙：2013年全省就业工作要点", "", "2013/2/1", "20130205", "", "15.01", "计划", "", "", "",
                "<p>要点一</p><script>alert(1)</script><p onclick=\"x()\">要点二</p>", ""],
            ["", "CSV导入丙：失业保险金申领办法", "鲁人社规〔2013〕2号", "2013-03-01", "2013-03-04", "", "社会保障", "办法", "是", "2013-03-01", "2015-12-31", "第一条 为规范失业保险金申领……", "docs/rules.pdf"]);
        var zip = Zip(("wage.pdf", Pdf), ("chart.png", Png), ("docs/rules.pdf", Pdf));

        var (url, html) = await ImportAsync(client, "shandong", ("old-site.csv", csv), ("attachments.zip", zip));

        Assert.Contains("data-state=\"Succeeded\"", html, StringComparison.Ordinal);
        Assert.Contains("已检查 3 / 3 行", html, StringComparison.Ordinal);
        Assert.Contains("已导入 3 / 3", html, StringComparison.Ordinal);
        Assert.Contains("OLDSITE-SD-2013-0005", html, StringComparison.Ordinal);

        var documents = await DocumentsAsync("shandong", "CSV导入");
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d =>
        {
            Assert.Equal(DocumentStatus.Published, d.Status);
            Assert.Equal(DisclosureAttribute.Proactive, d.Attribute);
            Assert.True(d.IsPublic);
            Assert.Equal("批量导入（山东省人社厅机关管理员）", d.History[^1].ActorName);
            Assert.Equal(
                [DocumentAction.Submit, DocumentAction.PassOfficeReview, DocumentAction.PassConfidentialityReview, DocumentAction.Publish],
                d.History.OrderBy(h => h.At).ThenBy(h => (int)h.To).Select(h => h.Action));
            Assert.Equal("批量导入（山东省人社厅机关管理员）", d.ConfidentialityReviewerName);
        });

        var first = documents.Single(d => d.Title.StartsWith("CSV导入甲", StringComparison.Ordinal));
        var second = documents.Single(d => d.Title.StartsWith("CSV导入乙", StringComparison.Ordinal));
        var third = documents.Single(d => d.Title.StartsWith("CSV导入丙", StringComparison.Ordinal));
        Assert.Equal("CSV导入甲：关于调整全省最低工资标准的通知", first.Title);
        Assert.Equal("OLDSITE-SD-2013-0005", first.IndexNumber);
        Assert.Equal("鲁人社发〔2013〕5号", first.DocumentNumber);
        Assert.Equal(new DateOnly(2013, 1, 5), first.WrittenOn);
        Assert.Equal(new DateOnly(2013, 1, 8), first.PublishedOn);
        Assert.Equal("15.01", first.TopicCode);
        Assert.Equal("<p>各市人力资源社会保障局：</p>\n<p>第一段，含逗号, 和&quot;引号&quot;。</p>\n<p>第二段 a &lt; b</p>", first.BodyHtml);
        Assert.Contains("批量导入：“old-site.csv”第2行", first.History.Single(h => h.Action == DocumentAction.PassOfficeReview).Note, StringComparison.Ordinal);

        Assert.Equal("CSV导入乙：2013年全省就业工作要点", second.Title);
        Assert.StartsWith("11370000MB1234567R/2013-", second.IndexNumber, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2013, 2, 5), second.PublishedOn);
        Assert.Contains("<p>要点一</p>", second.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("script", second.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", second.BodyHtml, StringComparison.Ordinal);

        Assert.True(third.IsNormative);
        Assert.Equal(Validity.Expired, third.Validity);
        Assert.StartsWith("11370000MB1234567R/2013-", third.IndexNumber, StringComparison.Ordinal);
        Assert.NotEqual(second.IndexNumber, third.IndexNumber);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var categories = await db.Set<CatalogCategory>().Where(c => c.AgencyId == first.AgencyId).ToDictionaryAsync(c => c.Id, c => c.Slug);
            Assert.Equal("labour-relations", categories[first.CategoryId]);
            Assert.Equal("plans", categories[second.CategoryId]);
            Assert.Equal("normative", categories[third.CategoryId]);

            var attachments = await db.Set<DocumentAttachment>().Where(a => a.DocumentId == first.Id || a.DocumentId == third.Id).OrderBy(a => a.SortOrder).ToListAsync();
            Assert.Equal(["wage.pdf", "chart.png"], attachments.Where(a => a.DocumentId == first.Id).Select(a => a.FileName));
            Assert.Equal(["rules.pdf"], attachments.Where(a => a.DocumentId == third.Id).Select(a => a.FileName));
            Assert.All(attachments, a => Assert.True(File.Exists(Path.Combine(AttachmentRoot, a.StorageKey)), a.StorageKey));

            var jobId = url[(url.LastIndexOf('/') + 1)..];
            var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == "DocumentImport" && e.EntityId == jobId);
            Assert.Equal(first.AgencyId, audit.AgencyId);
            Assert.Equal("山东省人社厅机关管理员", audit.ActorName);
            Assert.Contains("old-site.csv", audit.Changes, StringComparison.Ordinal);
            Assert.Contains("\"3\"", audit.Changes, StringComparison.Ordinal);
        }

        var report = await client.GetAsync($"{url}/report?format=csv");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var text = Encoding.UTF8.GetString(await report.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF行号,标题,索引号\r\n", text, StringComparison.Ordinal);
        Assert.Contains("2,CSV导入甲：关于调整全省最低工资标准的通知,OLDSITE-SD-2013-0005", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_xlsx_with_shared_strings_inline_strings_and_date_serials_is_imported()
    {
        var client = await factory.SignInAsync("beijing-agencyadmin");
        // 42156 is 2015-06-01 in Excel's count of days; the publication date is typed as text.
        var xlsx = Xlsx(
            ["标题", "文号", "发文日期", "发布日期", "主题分类", "公文种类", "目录", "摘要", "联合发文", "附件"],
            [
                ["XLSX导入甲：关于开展2015年度人力资源市场专项检查的通知", "京人社市场发（2015）88号", 42156d, "2015-06-03", "劳动就业", "通知", "公示公告", "部署专项检查。", "北京市工商行政管理局", "notice.pdf"],
                ["XLSX导入乙：2015年上半年人力资源市场供求情况", "", 42186d, "2015年7月2日", "02", "报告", "statistics", "", "", ""],
            ],
            inline: new HashSet<string> { "A2", "G3" });
        var zip = Zip(("2015/notice.pdf", Pdf));

        var (_, html) = await ImportAsync(client, "beijing", ("旧网站导出.xlsx", xlsx), ("files.zip", zip));

        Assert.Contains("data-state=\"Succeeded\"", html, StringComparison.Ordinal);
        var documents = await DocumentsAsync("beijing", "XLSX导入");
        Assert.Equal(2, documents.Count);
        var first = documents.Single(d => d.Title.StartsWith("XLSX导入甲", StringComparison.Ordinal));
        var second = documents.Single(d => d.Title.StartsWith("XLSX导入乙", StringComparison.Ordinal));
        Assert.Equal("XLSX导入甲：关于开展2015年度人力资源市场专项检查的通知", first.Title);
        Assert.Equal("京人社市场发〔2015〕88号", first.DocumentNumber);
        Assert.Equal(new DateOnly(2015, 6, 1), first.WrittenOn);
        Assert.Equal(new DateOnly(2015, 6, 3), first.PublishedOn);
        Assert.Equal("北京市工商行政管理局", first.CoIssuers);
        Assert.Equal("部署专项检查。", first.Summary);
        Assert.StartsWith("11110000MB23456785/2015-", first.IndexNumber, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2015, 7, 1), second.WrittenOn);
        Assert.Equal(new DateOnly(2015, 7, 2), second.PublishedOn);
        Assert.Equal("02", second.TopicCode);
        Assert.All(documents, d => Assert.Equal(DocumentStatus.Published, d.Status));

        await using var scope = factory.Scope();
        var attachment = await factory.Db(scope).Set<DocumentAttachment>().SingleAsync(a => a.DocumentId == first.Id);
        Assert.Equal("notice.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
    }

    [Fact]
    public async Task A_file_with_any_bad_row_is_refused_whole_with_a_report_and_nothing_is_written()
    {
        string takenIndexNumber;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var zhenjiang = await db.Agencies.SingleAsync(a => a.Code == "zhenjiang");
            takenIndexNumber = await db.Set<Document>().Where(d => d.AgencyId == zhenjiang.Id && d.IndexNumber != null).Select(d => d.IndexNumber!).FirstAsync();
        }

        var documentsBefore = (await DocumentsAsync("zhenjiang", "")).Count;
        var filesBefore = AttachmentFileCount();
        var client = await factory.SignInAsync("zhenjiang-agencyadmin");
        var csv = Csv(Header,
            ["employment", "拒绝测试2：完全正确的一行", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "正文", "good.pdf"],
            ["employment", "拒绝测试3：日期有误", "", "2014-13-45", "2014-01-03", "", "", "", "", "", "", "", ""],
            ["不存在的目录", "拒绝测试4：目录不存在", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "", ""],
            ["employment", "拒绝测试5：附件不在压缩包中", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "", "missing.pdf"],
            ["employment", "拒绝测试6：索引号已被使用", "", "2014-01-02", "2014-01-03", takenIndexNumber, "", "", "", "", "", "", ""],
            ["employment", "拒绝测试7：附件路径越界", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "", "../evil.pdf"],
            ["employment", "拒绝测试8：表格内索引号重复", "", "2014-01-02", "2014-01-03", "DUP-2014-1", "", "", "", "", "", "", ""],
            ["employment", "拒绝测试9：表格内索引号重复", "", "2014-01-05", "2014-01-06", "DUP-2014-1", "", "", "", "", "", "", ""],
            ["employment", "拒绝测试10：文号和发布日期有误", "镇人社发2014年3号", "2014-01-02", "2099-01-01", "", "", "", "", "", "", "", ""]);
        var zip = Zip(("good.pdf", Pdf), ("../evil.pdf", Pdf));

        var (url, html) = await ImportAsync(client, "zhenjiang", ("bad.csv", csv), ("bad.zip", zip));

        Assert.Contains("data-state=\"Refused\"", html, StringComparison.Ordinal);
        Assert.Contains("整个文件都没有导入", html, StringComparison.Ordinal);
        Assert.Contains("已导入 0 / 9", html, StringComparison.Ordinal);
        Assert.Contains("“../evil.pdf”路径不安全", html, StringComparison.Ordinal);

        var report = await client.GetAsync($"{url}/report?format=csv");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var lines = Encoding.UTF8.GetString(await report.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("行号,标题,原因", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("—,,附件压缩包中的“../evil.pdf”路径不安全", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("3,拒绝测试3：日期有误,成文日期“2014-13-45”不是有效的日期", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4,拒绝测试4：目录不存在,目录“不存在的目录”不在本机关的公开目录中", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("5,拒绝测试5：附件不在压缩包中,附件压缩包中没有“missing.pdf”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"6,拒绝测试6：索引号已被使用,索引号“{takenIndexNumber}”已被平台中的其他文件使用", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("7,拒绝测试7：附件路径越界,附件名“../evil.pdf”含有不安全的路径", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("8,拒绝测试8：表格内索引号重复,索引号“DUP-2014-1”在表格中重复（第8、9行）", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("9,拒绝测试9：表格内索引号重复,索引号“DUP-2014-1”在表格中重复（第8、9行）", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("10,拒绝测试10：文号和发布日期有误,发文字号“镇人社发2014年3号”格式不正确", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("10,拒绝测试10：文号和发布日期有误,发布日期2099-01-01晚于今天", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("2,", StringComparison.Ordinal));

        var xlsxReport = await client.GetAsync($"{url}/report");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxReport.Content.Headers.ContentType?.MediaType);
        var rows = FirstSheetRows(await xlsxReport.Content.ReadAsByteArrayAsync());
        Assert.Equal(["行号", "标题", "原因"], rows[0]);
        Assert.Equal(lines.Length, rows.Count);

        Assert.Equal(documentsBefore, (await DocumentsAsync("zhenjiang", "")).Count);
        Assert.Empty(await DocumentsAsync("zhenjiang", "拒绝测试"));
        Assert.Equal(filesBefore, AttachmentFileCount());
    }

    [Fact]
    public async Task The_template_downloads_as_xlsx_with_the_expected_headers_and_unchanged_is_refused()
    {
        var client = await factory.SignInAsync("hunjiang-agencyadmin");
        var response = await client.GetAsync("/admin/hunjiang/manage/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("文件批量导入模板.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var template = await response.Content.ReadAsByteArrayAsync();

        var rows = FirstSheetRows(template);
        Assert.Equal(
            ["标题", "发文字号", "成文日期", "发布日期", "索引号", "主题分类", "公文种类", "目录", "摘要", "关键词", "正文", "是否规范性文件", "实施日期", "废止日期", "有效性", "联合发文", "附件"],
            rows[0]);
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("【示例", rows[1][0], StringComparison.Ordinal);

        var (_, html) = await ImportAsync(client, "hunjiang", ("模板.xlsx", template));
        Assert.Contains("data-state=\"Refused\"", html, StringComparison.Ordinal);
        Assert.Contains("这是模板中的示例行，请删除后再导入。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drafter_of_the_agency_is_refused()
    {
        var drafter = await factory.SignInAsync("shandong-drafter");
        var page = await drafter.GetAsync(ImportUrl("shandong"));
        Assert.True(IsRefused(page), $"起草人打开导入页面未被拒绝：{(int)page.StatusCode}");
        Assert.True(IsRefused(await drafter.GetAsync("/admin/shandong/manage/import/template")));

        var post = await PostAsync(drafter, "shandong", ("drafter.csv", Csv(Header, ["employment", "起草人导入", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "", ""])));
        Assert.True(IsRefused(post), $"起草人上传未被拒绝：{(int)post.StatusCode}");
        Assert.Empty(await DocumentsAsync("shandong", "起草人导入"));
    }

    [Fact]
    public async Task Another_agencys_administrator_is_refused_and_never_sees_its_jobs()
    {
        var stranger = await factory.SignInAsync("beijing-agencyadmin");
        Assert.True(IsRefused(await stranger.GetAsync(ImportUrl("shanghai"))));
        var post = await PostAsync(stranger, "shanghai", ("x.csv", Csv(Header, ["employment", "他机关导入", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "", ""])));
        Assert.True(IsRefused(post), $"外机关管理员上传未被拒绝：{(int)post.StatusCode}");

        var owner = await factory.SignInAsync("shanghai-agencyadmin");
        var (url, _) = await ImportAsync(owner, "shanghai", ("empty-title.csv", Csv(Header, ["employment", "", "", "2014-01-02", "2014-01-03", "", "", "", "", "", "", "", ""])));
        var jobId = url[(url.LastIndexOf('/') + 1)..];
        Assert.True(IsRefused(await stranger.GetAsync(url)));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{ImportUrl("beijing")}/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{ImportUrl("beijing")}/{jobId}/report")).StatusCode);
        Assert.DoesNotContain(jobId, await stranger.GetStringAsync(ImportUrl("beijing")), StringComparison.Ordinal);
        Assert.Empty(await DocumentsAsync("shanghai", "他机关导入"));
    }

    [Fact]
    public async Task An_upload_without_a_sheet_or_of_the_wrong_kind_is_refused_on_the_form()
    {
        var client = await factory.SignInAsync("hunjiang-agencyadmin");
        var none = await PostAsync(client, "hunjiang", null);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("请选择要导入的表格文件（XLSX 或 CSV）。", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var xls = await PostAsync(client, "hunjiang", ("old.xls", [0xD0, 0xCF, 0x11, 0xE0]));
        Assert.Contains("旧版 XLS 请先在 Excel 中另存为 XLSX", await xls.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rar = await PostAsync(client, "hunjiang", ("ok.csv", Csv(Header)), ("files.rar", [1, 2, 3]));
        Assert.Contains("附件请打包成一个 ZIP 文件上传。", await rar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_saved_by_chinese_excel_as_gbk_with_a_zip_of_gbk_names_is_imported()
    {
        var gbk = Gongkai.Web.Features.Publications.Import.CsvSheetReader.Gb18030();
        var csv = gbk.GetBytes("标题,成文日期,发布日期,目录,附件\r\nGBK导入：关于发布工资指导价位的通知,2016-05-03,2016-05-06,统计信息,工资指导价位.pdf\r\n");
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true, gbk))
        {
            using var entry = archive.CreateEntry("工资指导价位.pdf").Open();
            entry.Write(Pdf);
        }

        var client = await factory.SignInAsync("hunjiang-agencyadmin");
        var (_, html) = await ImportAsync(client, "hunjiang", ("gbk.csv", csv), ("gbk.zip", zip.ToArray()));

        Assert.Contains("data-state=\"Succeeded\"", html, StringComparison.Ordinal);
        var document = Assert.Single(await DocumentsAsync("hunjiang", "GBK导入"));
        await using var scope = factory.Scope();
        Assert.Equal("工资指导价位.pdf", (await factory.Db(scope).Set<DocumentAttachment>().SingleAsync(a => a.DocumentId == document.Id)).FileName);
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
            && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));

    private static List<string[]> FirstSheetRows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
            : c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.CellValue?.Text ?? "").ToArray())];
    }
}
