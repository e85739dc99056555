using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications.Letters;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>An earlier year typed in by hand: the cross-check gate, who may do what, what the public sees, the downloads.</summary>
public sealed class HandEnteredReportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "beijing";

    [Fact]
    public async Task A_report_that_fails_the_cross_check_is_refused_publication_naming_the_columns_and_stays_private()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var leader = await factory.SignInAsync($"{Agency}-leader");
        await ReportSteps.CreateAsync(office, Agency, 2021, manual: true);
        await ReportSteps.DoAsync(office, Agency, 2021, "edit", ReportSteps.Narrative(new() { ["a.new.1"] = "5", ["a.10.1"] = "4", ["a.new.2"] = "2", ["a.52.2"] = "2" }));
        await ReportSteps.DoAsync(office, Agency, 2021, "submit");

        var refused = await ReportSteps.ActAsync(leader, Agency, 2021, "publish");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("勾稽关系不符，不能发布：“自然人”列（5≠4）、“总计”列（7≠6）。第一项加第二项之和应等于第三项（七）总计加第四项之和。",
            Applications.Staff.CaseFlow.ErrorOf(await refused.Content.ReadAsStringAsync()));

        var anonymous = factory.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Agency}/annual-reports/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/{Agency}/annual-reports/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Agency}/annual-reports/2021/report.docx")).StatusCode);
        Assert.DoesNotContain("2021年政府信息公开工作年度报告", await anonymous.GetStringAsync($"/{Agency}/annual-reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_and_agencies_are_checked_and_a_bad_cell_is_refused_beside_its_field()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var stranger = await factory.SignInAsync("shandong-disclosureofficer");
        await ReportSteps.CreateAsync(office, Agency, 2020, manual: true);

        var bad = await ReportSteps.ActAsync(office, Agency, 2020, "edit", ReportSteps.Narrative(new() { ["a.new.1"] = "-3", ["p.fees"] = "1.23456" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("“一、本年新收政府信息公开申请数量·自然人”应为0至1000000之间的整数。", html, StringComparison.Ordinal);
        Assert.Contains("行政事业性收费金额应为不小于0的数，单位万元，最多保留四位小数。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"-3\"", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await ReportSteps.ActAsync(handler, Agency, 2020, "edit", ReportSteps.Narrative())).StatusCode);
        // Another agency's staff are stopped by the route-prefix policy before the page (ADR 0003).
        Assert.True(Applications.Staff.CaseSteps.IsRefused(await stranger.GetAsync(ReportSteps.Page(Agency, 2020))));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(ReportSteps.Page(Agency, 2018))).StatusCode);
        await ReportSteps.DoAsync(office, Agency, 2020, "submit");
        var selfApproval = await ReportSteps.ActAsync(office, Agency, 2020, "publish");
        Assert.Equal(HttpStatusCode.BadRequest, selfApproval.StatusCode);
        Assert.Contains("“审核发布”须由分管领导或机关管理员办理。", await selfApproval.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noReason = await ReportSteps.ActAsync(await factory.SignInAsync($"{Agency}-leader"), Agency, 2020, "return", new() { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
    }

    [Fact]
    public async Task A_published_report_shows_in_the_column_and_its_docx_xlsx_and_json_read_back()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var leader = await factory.SignInAsync($"{Agency}-leader");
        await ReportSteps.CreateAsync(office, Agency, 2019, manual: true);
        await ReportSteps.DoAsync(office, Agency, 2019, "edit", ReportSteps.Narrative(new()
        {
            ["a.new.1"] = "12", ["a.carried.5"] = "1", ["a.10.1"] = "9", ["a.41.5"] = "1", ["a.next.1"] = "3",
            ["c.1.1"] = "2", ["c.2.0"] = "1", ["p.normative.made"] = "4", ["p.fees"] = "0.25",
        }));
        await ReportSteps.DoAsync(office, Agency, 2019, "submit");
        await ReportSteps.DoAsync(leader, Agency, 2019, "publish");

        var anonymous = factory.Anonymous();
        Assert.Contains("/beijing/annual-reports/2019", await anonymous.GetStringAsync($"/{Agency}/annual-reports"), StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync($"/{Agency}/annual-reports/2019");
        Assert.Contains("<caption>收到和处理政府信息公开申请情况</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th>", page, StringComparison.Ordinal);
        Assert.Contains("手工录入", page, StringComparison.Ordinal);
        Assert.Contains("/beijing/annual-reports/2019", await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        var cells = await ReportSteps.CellsAsync(anonymous, Agency, 2019);
        Assert.Equal(13, cells[(1, "一、本年新收政府信息公开申请数量", "总计")] + cells[(1, "二、上年结转政府信息公开申请数量", "总计")]);
        Assert.Equal(10, cells[(1, "三、本年度办理结果（七）总计", "总计")]);
        Assert.Equal(2, cells[(2, "行政复议", "总计")]);
        Assert.Equal(0.25m, cells[(0, "第二十条第（八）项行政事业性收费", "本年收费金额（单位：万元）")]);

        var docx = await (await anonymous.GetAsync($"/{Agency}/annual-reports/2019/report.docx")).Content.ReadAsByteArrayAsync();
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.All(body.Descendants<W.Run>(), run => Assert.False(string.IsNullOrEmpty(run.RunProperties?.RunFonts?.EastAsia?.Value)));
            Assert.Contains(body.Descendants<W.GridSpan>(), g => g.Val! == 5);
            Assert.NotEmpty(body.Descendants<W.VerticalMerge>());
            Assert.Equal(3, body.Elements<W.Table>().Count());
        }

        var text = DocxText.Read(docx);
        foreach (var heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("一、本年新收政府信息公开申请数量\t12\t0\t0\t0\t0\t0\t12", text, StringComparison.Ordinal);

        var xlsx = await (await anonymous.GetAsync($"/{Agency}/annual-reports/2019/report.xlsx")).Content.ReadAsByteArrayAsync();
        using var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Empty(new OpenXmlValidator().Validate(book));
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().ToList();
        Assert.Equal(["二、主动公开", "三、依申请公开", "四、复议诉讼"], sheets.Select(s => s.Name!.Value));
        var applications = (WorksheetPart)book.WorkbookPart.GetPartById(sheets[1].Id!);
        var rows = applications.Worksheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["分项", "项目", "自然人", "法人或其他组织·商业企业", "法人或其他组织·科研机构", "法人或其他组织·社会公益组织", "法人或其他组织·法律服务机构", "法人或其他组织·其他", "总计"], rows[0]);
        Assert.Equal(["", "一、本年新收政府信息公开申请数量", "12", "0", "0", "0", "0", "0", "12"], rows[1]);
        Assert.Equal(26, rows.Count);
        var newlyReceived = applications.Worksheet.Descendants<X.Cell>().Single(c => c.CellReference! == "C2");
        Assert.Equal(X.CellValues.Number, newlyReceived.DataType!.Value);
        Assert.Equal(12, double.Parse(newlyReceived.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        var proactive = (WorksheetPart)book.WorkbookPart.GetPartById(sheets[0].Id!);
        var fees = proactive.Worksheet.Descendants<X.Row>().Single(r => string.Concat(r.Elements<X.Cell>().Take(2).Select(c => c.InnerText)) == "第二十条第（八）项行政事业性收费")
            .Elements<X.Cell>().Single(c => c.DataType?.Value == X.CellValues.Number);
        Assert.Equal(0.25, double.Parse(fees.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(X.CellValues.InlineString, applications.Worksheet.Descendants<X.Cell>().Single(c => c.CellReference! == "B2").DataType!.Value);
    }

    [Fact]
    public async Task The_demo_agency_shows_last_years_computed_report_and_the_year_before_entered_by_hand()
    {
        var last = Web.Platform.Calendar.ChineseDate.Today(TimeProvider.System).Year - 1;
        var anonymous = factory.Anonymous();
        var list = await anonymous.GetStringAsync("/zhenjiang/annual-reports");
        Assert.Contains($"/zhenjiang/annual-reports/{last}", list, StringComparison.Ordinal);
        Assert.Contains($"/zhenjiang/annual-reports/{last - 1}", list, StringComparison.Ordinal);
        Assert.Contains("手工录入", await anonymous.GetStringAsync($"/zhenjiang/annual-reports/{last - 1}"), StringComparison.Ordinal);
        var api = await anonymous.GetStringAsync($"/api/zhenjiang/annual-reports/{last - 1}");
        Assert.Contains("\"passes\":true", api, StringComparison.Ordinal);
    }
}
