using System.Net;
using System.Text;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Publications.Staff.DocumentSteps;

namespace Gongkai.IntegrationTests.Publications.Staff;

/// <summary>The draft form: what it checks, what it keeps, its attachments, and the list with its due panel.</summary>
public sealed class DraftTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "beijing";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];
    private readonly DocumentSteps steps = new(factory);

    [Fact]
    public async Task A_draft_is_saved_with_its_metadata_a_sanitized_body_and_its_publication_deadline()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var id = await steps.DraftAsync(drafter, Agency, "关于做好2026年高校毕业生就业工作的通知", f =>
        {
            f["documentNumber"] = "京人社就发[2026]12号";
            f["coIssuers"] = "北京市教育委员会";
            f["bodyHtml"] = "<p onclick=\"steal()\">第一条</p><script>alert(1)</script>";
            f["needsInterpretation"] = "true";
        });

        var document = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Equal("京人社就发〔2026〕12号", document.DocumentNumber);
        Assert.Equal(2026, document.NumberYear);
        Assert.Equal(12, document.NumberSerial);
        Assert.Equal("<p>第一条</p>", document.BodyHtml);
        Assert.True(document.NeedsInterpretation);
        // 2026-03-02 + 20 working days (no holidays in March 2026).
        Assert.Equal(new DateOnly(2026, 3, 30), document.PublicationDueOn);

        var page = await drafter.GetStringAsync(Page(Agency, id));
        Assert.Contains("草稿已保存。", await drafter.GetStringAsync($"{Page(Agency, id)}?done=saved"), StringComparison.Ordinal);
        Assert.Contains("京人社就发〔2026〕12号", page, StringComparison.Ordinal);
        Assert.Contains("北京市教育委员会", page, StringComparison.Ordinal);
        Assert.Contains("劳动、人事、监察／劳动就业", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_document_number_is_refused_in_Chinese_and_the_typed_values_are_kept()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var fields = await steps.DraftFieldsAsync(Agency, "文号格式测试");
        fields["documentNumber"] = "京人社发2026年第3号";
        fields["summary"] = "保留我输入的概述";
        var response = await PostDraftAsync(drafter, $"{List(Agency)}/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("发文字号“京人社发2026年第3号”格式不正确，应如“鲁人社办发〔2014〕61号”。", ErrorOf(html));
        Assert.Contains("value=\"文号格式测试\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"京人社发2026年第3号\"", html, StringComparison.Ordinal);
        Assert.Contains(">保留我输入的概述</textarea>", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<Document>().AnyAsync(d => d.Title == "文号格式测试"));
    }

    [Fact]
    public async Task A_proactive_document_with_non_public_parts_is_refused()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var fields = await steps.DraftFieldsAsync(Agency, "含不公开部分的主动公开文件");
        fields["hasNonPublicParts"] = "true";
        var html = await (await PostDraftAsync(drafter, $"{List(Agency)}/new", fields)).Content.ReadAsStringAsync();
        Assert.Equal("主动公开的文件不能含有依申请公开或不予公开的部分；请调整公开属性或拆分文件。", ErrorOf(html));
    }

    [Fact]
    public async Task A_draft_whose_deadline_falls_in_a_year_not_yet_loaded_is_saved_with_a_four_week_deadline()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var id = await steps.DraftAsync(drafter, Agency, "日历未载入测试", f => f["writtenOn"] = "2026-12-21");

        var document = await steps.LoadAsync(id);
        Assert.Equal(new DateOnly(2026, 12, 21), document.WrittenOn);
        Assert.Equal(new DateOnly(2027, 1, 18), document.PublicationDueOn);
    }

    [Fact]
    public async Task Only_a_drafter_drafts()
    {
        var office = await factory.SignInAsync($"{Agency}-officereviewer");
        Assert.Contains("只有起草人可以起草文件。", await office.GetStringAsync($"{List(Agency)}/new"), StringComparison.Ordinal);
        var response = await PostDraftAsync(office, $"{List(Agency)}/new", await steps.DraftFieldsAsync(Agency, "非起草人起草"));
        Assert.Equal("只有起草人可以起草文件。", ErrorOf(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_executable_renamed_pdf_is_refused_and_a_real_pdf_is_accepted()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var fields = await steps.DraftFieldsAsync(Agency, "附件检查测试");
        var refused = await PostDraftAsync(drafter, $"{List(Agency)}/new", fields, ("通知.pdf", Pdf), ("setup.pdf", Exe), ("tool.exe", Exe));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("附件“setup.pdf”的内容与其扩展名不符，可能已损坏或被改名。", html, StringComparison.Ordinal);
        Assert.Contains("不支持附件“tool.exe”的格式", html, StringComparison.Ordinal);
        await using (var scope = factory.Scope())
        {
            Assert.False(await factory.Db(scope).Set<Document>().AnyAsync(d => d.Title == "附件检查测试"), "a refused file leaves nothing half-saved");
        }

        var id = await steps.DraftAsync(drafter, Agency, "附件检查测试", null, ("通知.pdf", Pdf));
        await using (var scope = factory.Scope())
        {
            var attachment = await factory.Db(scope).Set<DocumentAttachment>().SingleAsync(a => a.DocumentId == id);
            Assert.Equal("通知.pdf", attachment.FileName);
            Assert.Equal("application/pdf", attachment.ContentType);
            var download = await drafter.GetAsync($"{Page(Agency, id)}/attachments/{attachment.Id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

            var stranger = await factory.SignInAsync("shandong-drafter");
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Page("shandong", id)}/attachments/{attachment.Id}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_draft_is_edited_with_more_attachments_and_an_attachment_is_deleted_while_it_is_a_draft()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var id = await steps.DraftAsync(drafter, Agency, "修改草稿测试", null, ("第一个.pdf", Pdf));
        var edit = $"{Page(Agency, id)}/edit";
        Assert.Contains("value=\"修改草稿测试\"", await drafter.GetStringAsync(edit), StringComparison.Ordinal);

        var fields = await steps.DraftFieldsAsync(Agency, "修改后的草稿标题");
        var saved = await PostDraftAsync(drafter, edit, fields, ("第二个.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Guid firstId;
        await using (var scope = factory.Scope())
        {
            var attachments = await factory.Db(scope).Set<DocumentAttachment>().Where(a => a.DocumentId == id).OrderBy(a => a.SortOrder).ToListAsync();
            Assert.Equal(["第一个.pdf", "第二个.pdf"], attachments.Select(a => a.FileName));
            firstId = attachments[0].Id;
        }

        Assert.Equal("修改后的草稿标题", (await steps.LoadAsync(id)).Title);
        var deleted = await drafter.PostFormAsync(edit, $"{edit}?handler=DeleteAttachment&attachmentId={firstId}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using (var scope = factory.Scope())
        {
            Assert.Equal(["第二个.pdf"], await factory.Db(scope).Set<DocumentAttachment>().Where(a => a.DocumentId == id).Select(a => a.FileName).ToListAsync());
        }

        await DoAsync(drafter, Agency, id, "Submit");
        var after = await drafter.PostFormAsync(Page(Agency, id), $"{edit}?handler=DeleteAttachment&attachmentId={Guid.NewGuid()}", []);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var edited = await PostDraftAsync(drafter, edit, fields);
        Assert.Equal("只有草稿可以修改；已提交的文件请先退回。", ErrorOf(await edited.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_due_panel_shows_a_proactive_draft_written_long_ago_as_overdue()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        await steps.DraftAsync(drafter, Agency, "早已成文尚未公开的文件", f => f["writtenOn"] = "2024-01-02");
        await steps.DraftAsync(drafter, Agency, "早已成文但依申请公开的文件", f =>
        {
            f["writtenOn"] = "2024-01-02";
            f["attribute"] = "OnRequest";
            f["attributeReason"] = "涉及个人信息。";
            f["attributeGround"] = "15-third-party";
        });

        var html = await drafter.GetStringAsync(List(Agency));
        var panel = html[html.IndexOf("id=\"due-panel\"", StringComparison.Ordinal)..html.IndexOf("id=\"list-heading\"", StringComparison.Ordinal)];
        Assert.Contains("已逾期", panel, StringComparison.Ordinal);
        Assert.Contains("早已成文尚未公开的文件", panel, StringComparison.Ordinal);
        var due = Gongkai.Web.Platform.Calendar.WorkingDayCalendar.Official.AddWorkingDays(new DateOnly(2024, 1, 2), 20);
        Assert.Contains(Gongkai.Web.Platform.Calendar.ChineseDate.Format(due), panel, StringComparison.Ordinal);
        Assert.DoesNotContain("早已成文但依申请公开的文件", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_shows_ones_own_drafts()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var office = await factory.SignInAsync($"{Agency}-officereviewer");
        var submitted = await steps.DraftAsync(drafter, Agency, "已提交审核的列表测试");
        await DoAsync(drafter, Agency, submitted, "Submit");
        await steps.DraftAsync(drafter, Agency, "仍是草稿的列表测试");

        var reviewing = ListPart(await office.GetStringAsync($"{List(Agency)}?status=OfficeReview"));
        Assert.Contains("已提交审核的列表测试", reviewing, StringComparison.Ordinal);
        Assert.DoesNotContain("仍是草稿的列表测试", reviewing, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">办文审核", reviewing, StringComparison.Ordinal);

        var mine = await drafter.GetStringAsync($"{List(Agency)}?mine=true");
        var mineList = ListPart(mine);
        Assert.Contains("仍是草稿的列表测试", mineList, StringComparison.Ordinal);
        Assert.DoesNotContain("已提交审核的列表测试", mineList, StringComparison.Ordinal);
        Assert.Contains("起草新文件", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("起草新文件", await office.GetStringAsync(List(Agency)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_paginated_by_twenty()
    {
        var drafter = await factory.SignInAsync("zhenjiang-drafter");
        for (var i = 1; i <= 21; i++)
        {
            await steps.DraftAsync(drafter, "zhenjiang", $"分页测试文件{i:00}");
        }

        var first = ListPart(await drafter.GetStringAsync($"{List("zhenjiang")}?status=Draft"));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        var second = ListPart(await drafter.GetStringAsync($"{List("zhenjiang")}?status=Draft&page=2"));
        Assert.True(second.Contains("分页测试文件01", StringComparison.Ordinal), second);
        Assert.DoesNotContain("分页测试文件01", first, StringComparison.Ordinal);
    }

    // The document list, below the due panel (which lists overdue drafts too).
    private static string ListPart(string html) => html[html.IndexOf("id=\"list-heading\"", StringComparison.Ordinal)..];
}
