using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>The filtered list as an XLSX workbook: every row, personal data masked.</summary>
public sealed class ExportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseSteps steps = new(factory);

    [Fact]
    public async Task The_export_is_a_workbook_of_every_filtered_case_with_id_numbers_and_phones_masked()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag)).Number);
        }

        await CaseSteps.RegisterAsync(officer, Agency, f => f["Description"] = "不在导出范围内的另一件申请");

        var response = await officer.GetAsync($"{CaseSteps.List(Agency)}/export?q={Uri.EscapeDataString(tag)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = await ReadRowsAsync(response);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["申请编号", "提交方式", "申请人类型", "申请人", "证件号码", "联系电话", "所需信息", "收到日期", "状态", "承办处室", "承办人", "答复期限", "剩余工作日", "办理结果", "答复日期", "答复书编号"], rows[0]);
        Assert.Equal(numbers.OrderDescending(StringComparer.Ordinal), rows.Skip(1).Select(r => r[0]));
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(CaseSteps.ApplicantName, row[3]);
            Assert.Equal(Masking.IdNumber(CaseSteps.IdNumber), row[4]);
            Assert.Equal("138****5678", row[5]);
            Assert.Equal("已登记", row[8]);
        }

        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains(CaseSteps.IdNumber, StringComparison.Ordinal) || c.Contains(CaseSteps.Phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_leaders_export_masks_the_applicants_name_too()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var id = await CaseSteps.RegisterAsync(officer, Agency, f => f["Description"] += tag);
        await steps.AssignAsync(Agency, id);
        var leader = await factory.SignInAsync("shandong-leader");

        var rows = await ReadRowsAsync(await leader.GetAsync($"{CaseSteps.List(Agency)}/export?q={Uri.EscapeDataString(tag)}"));

        Assert.Equal(2, rows.Count);
        Assert.Equal(Masking.Name(CaseSteps.ApplicantName), rows[1][3]);
        Assert.Equal("承办中", rows[1][8]);
    }

    [Fact]
    public async Task The_export_follows_the_lists_filters()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await CaseSteps.RegisterAsync(officer, Agency, f => f["Description"] += tag);
        var fax = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f =>
        {
            f["Description"] += tag;
            f["channel"] = nameof(ReceiptChannel.Fax);
        });

        var list = await officer.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(tag)}&channel=Fax");
        Assert.Contains($"/export?channel=Fax&amp;q={Uri.EscapeDataString(tag)}", list, StringComparison.Ordinal);
        var rows = await ReadRowsAsync(await officer.GetAsync($"{CaseSteps.List(Agency)}/export?channel=Fax&q={Uri.EscapeDataString(tag)}"));

        Assert.Equal(2, rows.Count);
        Assert.Equal(fax.Number, rows[1][0]);
        Assert.Equal("传真", rows[1][1]);
    }

    private static async Task<List<string[]>> ReadRowsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal("申请列表", first.Name?.Value);
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        return [.. sheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())];
    }
}
