using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.IntegrationTests.Applications.Staff;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Interpretations;
using Gongkai.IntegrationTests.Participation.Consultations;
using Gongkai.IntegrationTests.Participation.Mailbox;
using Gongkai.IntegrationTests.Publications.Staff;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>/admin/{agency}/supervision: every running deadline of every kind, filtered, paged, exported, per role.</summary>
public sealed partial class SupervisionListTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    private const string Agency = SupervisionSteps.Agency;

    [Fact]
    public async Task Every_kind_made_through_the_back_office_is_listed_with_a_link_to_its_page()
    {
        var documents = new DocumentSteps(factory);
        var staff = await documents.StaffOfAsync(Agency);
        var draft = await documents.DraftAsync(staff.Drafter, Agency, "监察测试草稿" + Tag());
        var published = await documents.PublishedAsync(staff, Agency, "监察测试已发布文件" + Tag());
        var interpretation = await InterpretationSteps.DraftAsync(staff.Drafter, Agency, published);
        var application = await CaseSteps.RegisterAsync(staff.Disclosure, Agency);
        var (_, consultation) = await new ConsultationSteps(factory).OpenAsync("监察测试征求意见" + Tag());
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试咨询" + Tag());
        var consulting = await SaveApplicationAsync((agencyId, calendar, today) =>
        {
            var a = Register(agencyId, today, calendar);
            a.Assign(Office, Guid.NewGuid(), "测试处", Guid.NewGuid(), "测试承办人", DateTime.UtcNow);
            a.Consult(Office, ConsultedParty.ThirdParty, "某某公司", "是否同意公开合同", today, calendar, today, DateTime.UtcNow);
            return a;
        });
        var charged = await SaveApplicationAsync((agencyId, calendar, today) =>
        {
            var a = Register(agencyId, today, calendar);
            var handler = new StaffActor(Guid.NewGuid(), "测试承办人", new HashSet<string> { StaffRole.Handler });
            a.Assign(Office, Guid.NewGuid(), "测试处", handler.Id!.Value, handler.Name, DateTime.UtcNow);
            a.ChargeFee(handler, Web.Features.Applications.Fees.FeeMethod.PerPage, 120, 20, calendar, today, DateTime.UtcNow);
            return a;
        });

        var rows = await AllRowsAsync(staff.Disclosure, SupervisionSteps.List());

        AssertListed(rows, DeadlineKind.Publication, draft, $"/admin/{Agency}/documents/{draft}");
        AssertListed(rows, DeadlineKind.Interpretation, interpretation, $"/admin/{Agency}/interpretations/{interpretation}");
        AssertListed(rows, DeadlineKind.SupplementNotice, application, $"/admin/{Agency}/applications/{application}");
        AssertListed(rows, DeadlineKind.ApplicationReply, application, $"/admin/{Agency}/applications/{application}");
        AssertListed(rows, DeadlineKind.PublicConsultation, consultation, $"/admin/{Agency}/consultations/{consultation}");
        AssertListed(rows, DeadlineKind.MailboxAnswer, message.Id, $"/admin/{Agency}/mailbox/{message.Id}");
        AssertListed(rows, DeadlineKind.ApplicationConsultation, consulting, $"/admin/{Agency}/applications/{consulting}");
        AssertListed(rows, DeadlineKind.FeePayment, charged, $"/admin/{Agency}/applications/{charged}");
        // The published document's own deadline is done; the one written on 2 March is long past its 20 working days.
        Assert.DoesNotContain(rows, r => r.ItemId == published);
        Assert.Equal(nameof(Web.Features.Reports.Supervision.DeadlineStatus.Overdue), rows.Single(r => r.ItemId == draft).Status);
    }

    [Fact]
    public async Task Publishing_a_document_takes_its_deadline_off_the_list()
    {
        var documents = new DocumentSteps(factory);
        var staff = await documents.StaffOfAsync(Agency);
        var id = await documents.ApprovedAsync(staff, Agency, "监察测试待发布" + Tag());
        Assert.Contains(await KindRowsAsync(staff.Disclosure, DeadlineKind.Publication), r => r.ItemId == id);

        await DocumentSteps.DoAsync(staff.Disclosure, Agency, id, "Publish");

        Assert.DoesNotContain(await KindRowsAsync(staff.Disclosure, DeadlineKind.Publication), r => r.ItemId == id);
    }

    [Fact]
    public async Task Answering_a_message_takes_its_deadline_off_the_list()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试待答复" + Tag());
        Assert.Contains(await KindRowsAsync(officer, DeadlineKind.MailboxAnswer), r => r.ItemId == message.Id);

        var answered = await MailboxSteps.ActAsync(officer, message.Id, "Answer", new() { ["Text"] = "您好，失业保险金可在线申领。" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        Assert.DoesNotContain(await KindRowsAsync(officer, DeadlineKind.MailboxAnswer), r => r.ItemId == message.Id);
    }

    [Fact]
    public async Task The_filters_narrow_the_list_by_kind_status_department_and_person()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试交办" + Tag());
        var assignment = await MailboxSteps.AssignmentAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await MailboxSteps.ActAsync(officer, message.Id, "Assign", assignment)).StatusCode);
        var documents = new DocumentSteps(factory);
        var staff = await documents.StaffOfAsync(Agency);
        var draft = await documents.DraftAsync(staff.Drafter, Agency, "监察测试筛选草稿" + Tag());

        var byKind = await AllRowsAsync(officer, $"{SupervisionSteps.List()}?kind={DeadlineKind.MailboxAnswer}");
        Assert.Contains(byKind, r => r.ItemId == message.Id);
        Assert.All(byKind, r => Assert.Equal(nameof(DeadlineKind.MailboxAnswer), r.Kind));

        var overdue = await AllRowsAsync(officer, $"{SupervisionSteps.List()}?status=overdue");
        Assert.Contains(overdue, r => r.ItemId == draft);
        Assert.DoesNotContain(overdue, r => r.ItemId == message.Id);
        Assert.All(overdue, r => Assert.Equal("Overdue", r.Status));

        var byDepartment = await AllRowsAsync(officer, $"{SupervisionSteps.List()}?department={assignment["DepartmentId"]}");
        Assert.Contains(byDepartment, r => r.ItemId == message.Id);
        Assert.DoesNotContain(byDepartment, r => r.ItemId == draft);

        var drafterId = await SupervisionSteps.UserIdAsync(factory, "shandong-drafter");
        var byPerson = await AllRowsAsync(officer, $"{SupervisionSteps.List()}?responsible={drafterId}");
        Assert.Contains(byPerson, r => r.ItemId == draft);
        Assert.DoesNotContain(byPerson, r => r.ItemId == message.Id);
    }

    [Fact]
    public async Task Pages_hold_fifty_rows_and_the_export_holds_every_row_and_is_audited()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        while (await TotalAsync(officer, SupervisionSteps.List()) <= 50)
        {
            await SupervisionSteps.WriteMessageAsync(factory, "监察测试分页" + Tag());
        }

        var total = await TotalAsync(officer, SupervisionSteps.List());
        var first = await SupervisionSteps.RowsAsync(officer, SupervisionSteps.List());
        var second = await SupervisionSteps.RowsAsync(officer, $"{SupervisionSteps.List()}?page=2");
        Assert.Equal(50, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Select(r => (r.ItemId, r.Kind)).Intersect(second.Select(r => (r.ItemId, r.Kind))));

        var response = await officer.GetAsync($"{SupervisionSteps.List()}?handler=export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var sheet = ReadFirstSheet(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["机关", "类型", "事项", "期限", "剩余工作日", "状态", "处室", "责任人", "办理页面"], sheet[0]);
        // The export is taken a moment after the count: a message written meanwhile would only add rows.
        Assert.True(sheet.Count - 1 >= total, $"导出{sheet.Count - 1}行，列表共{total}项");
        Assert.Contains(sheet, row => row.Contains(first[0].Link));

        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.Action == "导出电子监察期限" && e.ActorName != ""));
    }

    [Fact]
    public async Task Overseers_see_the_whole_agency_and_others_only_what_they_answer_for()
    {
        var documents = new DocumentSteps(factory);
        var staff = await documents.StaffOfAsync(Agency);
        var draft = await documents.DraftAsync(staff.Drafter, Agency, "监察测试本人草稿" + Tag());
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试他人事项" + Tag());

        var mine = await SupervisionSteps.PageAsync(staff.Drafter, SupervisionSteps.List());
        Assert.Equal("我的待办期限", mine.QuerySelector("h1")!.TextContent.Trim());
        var mineRows = await AllRowsAsync(staff.Drafter, SupervisionSteps.List());
        Assert.Contains(mineRows, r => r.ItemId == draft);
        Assert.DoesNotContain(mineRows, r => r.ItemId == message.Id);
        var drafterExport = ReadFirstSheet(await (await staff.Drafter.GetAsync($"{SupervisionSteps.List()}?handler=export")).Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(drafterExport, row => row.Contains($"/admin/{Agency}/mailbox/{message.Id}"));

        foreach (var overseer in new[] { "shandong-leader", "shandong-agencyadmin", "shandong-disclosureofficer" })
        {
            var client = await factory.SignInAsync(overseer);
            Assert.Equal("电子监察", (await SupervisionSteps.PageAsync(client, SupervisionSteps.List())).QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains(await AllRowsAsync(client, SupervisionSteps.List()), r => r.ItemId == message.Id);
        }

        var stranger = await factory.SignInAsync("beijing-disclosureofficer");
        var refused = await stranger.GetAsync(SupervisionSteps.List());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(await AllRowsAsync(stranger, SupervisionSteps.List("beijing")), r => r.ItemId == message.Id);
        var admin = await factory.SignInAsync(Web.Platform.Demo.DemoData.PlatformAdminUserName);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(SupervisionSteps.List("nosuchagency"))).StatusCode);
    }

    [Fact]
    public async Task The_platform_list_covers_every_agency_and_filters_by_one()
    {
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试全平台" + Tag());
        var admin = await factory.SignInAsync(Web.Platform.Demo.DemoData.PlatformAdminUserName);

        var all = await AllRowsAsync(admin, SupervisionSteps.PlatformList);
        Assert.Contains(all, r => r.ItemId == message.Id && r.Text.Contains("山东", StringComparison.Ordinal));
        Assert.DoesNotContain(await AllRowsAsync(admin, $"{SupervisionSteps.PlatformList}?agency=beijing"), r => r.ItemId == message.Id);
        Assert.Contains(await AllRowsAsync(admin, $"{SupervisionSteps.PlatformList}?agency={Agency}"), r => r.ItemId == message.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{SupervisionSteps.PlatformList}?agency=nosuchagency")).StatusCode);
        var export = await admin.GetAsync($"{SupervisionSteps.PlatformList}?handler=export&agency={Agency}");
        Assert.Contains(ReadFirstSheet(await export.Content.ReadAsByteArrayAsync()), row => row.Contains($"/admin/{Agency}/mailbox/{message.Id}"));

        var agencyAdmin = await factory.SignInAsync("shandong-agencyadmin");
        var refused = await agencyAdmin.GetAsync(SupervisionSteps.PlatformList);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static readonly StaffActor Office = new(Guid.NewGuid(), "测试政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static void AssertListed(IReadOnlyList<ListedDeadline> rows, DeadlineKind kind, Guid id, string link) =>
        Assert.True(rows.Any(r => r.ItemId == id && r.Kind == kind.ToString() && r.Link == link), $"列表中没有{kind}：{id}");

    private static async Task<IReadOnlyList<ListedDeadline>> KindRowsAsync(StaffClient client, DeadlineKind kind) =>
        await AllRowsAsync(client, $"{SupervisionSteps.List()}?kind={kind}");

    /// <summary>Every row of every page of the list at <paramref name="url"/>.</summary>
    private static async Task<IReadOnlyList<ListedDeadline>> AllRowsAsync(StaffClient client, string url)
    {
        var first = await SupervisionSteps.PageAsync(client, url);
        var pages = PageCount().Match(first.QuerySelector(".page-count")?.TextContent ?? "") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var rows = SupervisionSteps.Rows(first).ToList();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 2; page <= pages; page++)
        {
            rows.AddRange(await SupervisionSteps.RowsAsync(client, $"{url}{separator}page={page}"));
        }

        return rows;
    }

    private static async Task<int> TotalAsync(StaffClient client, string url)
    {
        var caption = (await SupervisionSteps.PageAsync(client, url)).QuerySelector("table[data-testid=supervision-list] caption")?.TextContent ?? "共0项";
        return int.Parse(Total().Match(caption).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string[]> ReadFirstSheet(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText).ToArray())];
    }

    private static Application Register(Guid agencyId, DateOnly receivedOn, WorkingDayCalendar calendar) =>
        Application.Register(Guid.NewGuid(), agencyId, $"YSQS{Guid.NewGuid():N}"[..20], "hash", ReceiptChannel.InPerson, receivedOn,
            new ApplicantDetails(ApplicantKind.NaturalPerson, "测试申请人", IdDocumentType.ResidentIdCard, CaseSteps.IdNumber, "", "", "", CaseSteps.Phone, "", "", ""),
            new RequestDetails("2025年失业保险金发放情况", "", "", DeliveryMethod.PickUp, InformationFormat.Paper),
            Office, calendar, receivedOn, DateTime.UtcNow);

    private async Task<Guid> SaveApplicationAsync(Func<Guid, WorkingDayCalendar, DateOnly, Application> build)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendar>().CurrentAsync();
        var application = build(agencyId, calendar, ChineseDate.Today(factory.Clock));
        db.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    [GeneratedRegex(@"共\s*(\d+)\s*页")]
    private static partial Regex PageCount();

    [GeneratedRegex(@"共(\d+)项")]
    private static partial Regex Total();
}
