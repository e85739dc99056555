using System.Net;
using System.Text;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Consultations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class AttachmentTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    private readonly ConsultationSteps steps = new(factory);

    private static string Attach(Guid id, string agency = "shandong") => $"{ConsultationSteps.StaffPage(id, agency)}?handler=attach";

    private static string Remove(Guid id, string agency = "shandong") => $"{ConsultationSteps.StaffPage(id, agency)}?handler=removeattachment";

    private static string PublicFile(Guid id, Guid attachmentId, string agency = "shandong") => $"/{agency}/consultations/{id}/attachments/{attachmentId}";

    private static string StaffFile(Guid id, Guid attachmentId, string agency = "shandong") => $"/admin/{agency}/consultations/{id}/attachments/{attachmentId}";

    private async Task<(StaffClient Drafter, Guid Id)> DraftAsync(string title)
    {
        var drafter = await factory.SignInAsync("shandong-drafter");
        return (drafter, await steps.CreateAsync(drafter, title, ConsultationSteps.Today, ConsultationSteps.Today.AddDays(29)));
    }

    private async Task<Consultation> LoadAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Consultation>().AsNoTracking().Include(c => c.History).Include(c => c.Attachments).SingleAsync(c => c.Id == id);
    }

    [Fact]
    public async Task A_drafts_files_are_listed_with_size_and_type_and_the_public_downloads_them_only_once_it_is_open()
    {
        var (drafter, id) = await DraftAsync("附有说明和对照表的征求意见稿");

        var upload = await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("起草说明.pdf", Pdf), ("新旧条款对照.png", Png));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var consultation = await LoadAsync(id);
        Assert.Equal(["起草说明.pdf", "新旧条款对照.png"], consultation.Attachments.OrderBy(a => a.SortOrder).Select(a => a.FileName));
        var pdf = consultation.Attachments.Single(a => a.FileName == "起草说明.pdf");
        Assert.Equal(2, consultation.History.Count(h => h.Action == ConsultationAction.Attach));
        Assert.Contains(consultation.History, h => h.Action == ConsultationAction.Attach && h.Note == "起草说明.pdf" && h.ActorName.Length > 0);
        await using (var scope = factory.Scope())
        {
            Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.EntityType == nameof(ConsultationAttachment) && e.EntityId == pdf.Id.ToString() && e.Operation == "新增"));
        }

        var staffCopy = await drafter.GetAsync(StaffFile(id, pdf.Id));
        Assert.Equal(HttpStatusCode.OK, staffCopy.StatusCode);
        Assert.Equal(Pdf, await staffCopy.Content.ReadAsByteArrayAsync());
        var anonymous = factory.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(PublicFile(id, pdf.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(ConsultationSteps.PublicPage(id))).StatusCode);

        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await steps.ActAsync(officer, id, "open", []);

        var page = await anonymous.GetStringAsync(ConsultationSteps.PublicPage(id));
        Assert.Contains("起草说明.pdf</a>", page, StringComparison.Ordinal);
        Assert.Contains($"（PDF，{Pdf.Length} 字节）", page, StringComparison.Ordinal);
        Assert.Contains("（图片，16 字节）", page, StringComparison.Ordinal);
        var download = await anonymous.GetAsync(PublicFile(id, pdf.Id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("起草说明.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(PublicFile(id, pdf.Id, "beijing"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(PublicFile(id, Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task A_wrong_type_an_empty_file_a_renamed_program_and_a_missing_file_are_refused_in_chinese_and_nothing_is_kept()
    {
        var (drafter, id) = await DraftAsync("上传了不合格附件的征求意见稿");

        var wrongType = await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("说明.pdf", Pdf), ("tool.exe", Exe));
        var renamed = await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("setup.pdf", Exe));
        var empty = await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("空白.docx", []));
        var none = await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files");

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("不支持附件“tool.exe”的格式", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("附件“setup.pdf”的内容与其扩展名不符", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("附件“空白.docx”是空文件。", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("请选择要上传的附件。", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var consultation = await LoadAsync(id);
        Assert.Empty(consultation.Attachments);
        Assert.DoesNotContain(consultation.History, h => h.Action == ConsultationAction.Attach);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_by_its_size()
    {
        var (drafter, id) = await DraftAsync("附件过大的征求意见稿");
        var large = new byte[(50 * 1024 * 1024) + 1];
        Pdf.CopyTo(large, 0);

        var response = await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("测算表.pdf", large));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("附件“测算表.pdf”超过50MB的大小限制。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(id)).Attachments);
    }

    [Fact]
    public async Task Removing_a_file_is_confirmed_first_then_recorded_and_the_file_is_gone()
    {
        var (drafter, id) = await DraftAsync("要删除附件的征求意见稿");
        await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("旧版说明.pdf", Pdf));
        var attachment = Assert.Single((await LoadAsync(id)).Attachments);
        var confirmPage = $"{ConsultationSteps.StaffPage(id)}?remove={attachment.Id}";

        var confirm = await drafter.GetStringAsync(confirmPage);
        Assert.Contains("确认删除附件", confirm, StringComparison.Ordinal);
        Assert.Contains("确定从征求意见稿中删除附件“<strong>旧版说明.pdf</strong>”吗？", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("确认删除附件", await drafter.GetStringAsync(ConsultationSteps.StaffPage(id)), StringComparison.Ordinal);

        var removed = await drafter.PostFormAsync(confirmPage, Remove(id), new() { ["attachmentId"] = attachment.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var consultation = await LoadAsync(id);
        Assert.Empty(consultation.Attachments);
        Assert.Contains(consultation.History, h => h.Action == ConsultationAction.RemoveAttachment && h.Note == "旧版说明.pdf");
        Assert.Equal(HttpStatusCode.NotFound, (await drafter.GetAsync(StaffFile(id, attachment.Id))).StatusCode);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.EntityType == nameof(ConsultationAttachment) && e.EntityId == attachment.Id.ToString() && e.Operation == "删除"));
    }

    [Fact]
    public async Task Once_the_consultation_is_open_its_files_can_be_neither_added_nor_removed()
    {
        var (drafter, id) = await DraftAsync("已发布后不能增删附件的征求意见稿");
        await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("说明.pdf", Pdf));
        var attachment = Assert.Single((await LoadAsync(id)).Attachments);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await steps.ActAsync(officer, id, "open", []);

        var added = await officer.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("补充说明.pdf", Pdf));
        var removed = await drafter.PostFormAsync(ConsultationSteps.StaffPage(id), Remove(id), new() { ["attachmentId"] = attachment.Id.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
        Assert.Contains("“已发布”状态的征求意见不能执行“添加附件”。", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        Assert.Contains("“已发布”状态的征求意见不能执行“删除附件”。", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("说明.pdf", Assert.Single((await LoadAsync(id)).Attachments).FileName);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(PublicFile(id, attachment.Id))).StatusCode);
    }

    [Fact]
    public async Task Another_agencys_staff_and_a_handler_can_neither_attach_nor_remove()
    {
        var (drafter, id) = await DraftAsync("山东起草的附件征求意见稿");
        await drafter.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("说明.pdf", Pdf));
        var attachment = Assert.Single((await LoadAsync(id)).Attachments);
        var stranger = await factory.SignInAsync("beijing-drafter");
        var handler = await factory.SignInAsync("shandong-handler");

        var strangerAttach = await stranger.PostFilesAsync(ConsultationSteps.StaffPage(id, "beijing"), Attach(id, "beijing"), "files", ("外来.pdf", Pdf));
        var strangerRemove = await stranger.PostFormAsync(ConsultationSteps.StaffPage(id, "beijing"), Remove(id, "beijing"), new() { ["attachmentId"] = attachment.Id.ToString() });
        var strangerDownload = await stranger.GetAsync(StaffFile(id, attachment.Id, "beijing"));
        var strangerUnderShandong = await stranger.GetAsync(StaffFile(id, attachment.Id));
        var handlerAttach = await handler.PostFilesAsync(ConsultationSteps.StaffPage(id), Attach(id), "files", ("经办.pdf", Pdf));
        var handlerRemove = await handler.PostFormAsync(ConsultationSteps.StaffPage(id), Remove(id), new() { ["attachmentId"] = attachment.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, strangerAttach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerRemove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerDownload.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, strangerUnderShandong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handlerAttach.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handlerRemove.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync(StaffFile(id, attachment.Id))).StatusCode);
        Assert.DoesNotContain("上传附件</button>", await handler.GetStringAsync(ConsultationSteps.StaffPage(id)), StringComparison.Ordinal);
        Assert.Equal("说明.pdf", Assert.Single((await LoadAsync(id)).Attachments).FileName);
    }
}
