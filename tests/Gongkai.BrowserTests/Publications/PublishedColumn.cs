using Gongkai.BrowserTests.Infrastructure;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.BrowserTests.Publications;

/// <summary>
/// One agency of the test server with a filled disclosure column, put straight into its database through the
/// server's own services and the documents' named methods; made once per server and shared by the tests.
/// </summary>
public sealed record PublishedColumn(string Code, Guid Document, Guid Normative)
{
    public const int EmploymentCount = 25;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<BrowserFixture, PublishedColumn> Made = [];

    private static readonly StaffActor Drafter = Actor("起草人", StaffRole.Drafter);
    private static readonly StaffActor Office = Actor("办公室", StaffRole.OfficeReviewer);
    private static readonly StaffActor Reviewer = Actor("保密审查员", StaffRole.ConfidentialityReviewer);
    private static readonly StaffActor Officer = Actor("政务公开办", StaffRole.DisclosureOfficer);

    public static async Task<PublishedColumn> OfAsync(BrowserFixture browser)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Made.TryGetValue(browser, out var column))
            {
                column = await MakeAsync(browser.Server.Services);
                Made[browser] = column;
            }

            return column;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<PublishedColumn> MakeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = new Agency(Guid.NewGuid(), "b" + Guid.NewGuid().ToString("N")[..12], "浏览器测试市人力资源和社会保障局", "浏览器测试市人社局", AgencyLevel.City, null);
        agency.UpdateContact(new AgencyContact("", "浏览器测试市人民路100号政务服务中心A座12楼", "0000-12345678", "工作日 上午9:00-12:00，下午13:30-17:00", "浏览器测试市人社局政务公开办公室，电话 0000-87654321"));
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var categories = await scope.ServiceProvider.GetRequiredService<AgencyCatalog>().EnsureAsync(agency.Id);
        var employment = categories.Single(c => c.Slug == "employment").Id;
        var normativeCategory = categories.Single(c => c.Slug == "normative").Id;
        var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
        var now = DateTime.UtcNow;

        for (var i = 0; i < EmploymentCount; i++)
        {
            Publish(db, agency, Content($"关于做好{2020 + (i % 5)}年高校毕业生等青年就业创业工作的通知（第{i + 1}号）", employment, $"浏人社发〔{2020 + (i % 5)}〕{i + 1}号"), new DateOnly(2020 + (i % 5), 3, 1 + i), now);
        }

        // A long title and number, a wide table in the body and attachments: what could push a phone screen sideways.
        var document = Publish(db, agency, Content(
            "关于印发《浏览器测试市城乡居民基本养老保险、失业保险、工伤保险及职业技能提升补贴经办规程（试行）》的通知",
            employment,
            "浏人社规〔2025〕12号") with
        {
            CoIssuers = "浏览器测试市财政局、国家税务总局浏览器测试市税务局",
            Summary = "明确城乡居民基本养老保险等经办流程。",
            BodyHtml = HtmlSanitizer.Sanitize(
                "<p>各区人力资源和社会保障局：</p><p>现将《经办规程》印发给你们，请认真贯彻执行。网址：https://www.example.gov.cn/very/long/address/that/does/not/break/easily/1234567890</p>" +
                "<table><thead><tr><th>序号</th><th>事项名称</th><th>办理材料</th><th>办理时限</th><th>办理机构及地点</th><th>咨询电话</th></tr></thead>" +
                "<tbody><tr><td>1</td><td>城乡居民基本养老保险参保登记</td><td>居民身份证、户口簿</td><td>即时办结</td><td>各区政务服务中心人社窗口</td><td>0000-12345678</td></tr></tbody></table>"),
        }, new DateOnly(2025, 6, 30), now);
        db.Add(await store.SaveAsync(document.Id, "附件1：城乡居民基本养老保险经办规程（试行）.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), now, 0));

        var normative = Publish(db, agency, Content("浏览器测试市就业见习管理办法", normativeCategory, "浏人社规〔2024〕3号") with
        {
            IsNormative = true,
            Genre = "办法",
            EffectiveOn = new DateOnly(2024, 5, 1),
            ExpiresOn = new DateOnly(2029, 4, 30),
        }, new DateOnly(2024, 4, 1), now);

        await db.SaveChangesAsync();
        return new PublishedColumn(agency.Code, document.Id, normative.Id);
    }

    private static DocumentContent Content(string title, Guid category, string number) =>
        new(title, number, "", new DateOnly(2020, 1, 1), "15.01", "通知", category, "", "", "<p>正文。</p>", false, null, null, false);

    private static Document Publish(GongkaiDbContext db, Agency agency, DocumentContent content, DateOnly on, DateTime now)
    {
        var document = new Document(Guid.NewGuid(), agency.Id, Drafter.Id!.Value, content with { WrittenOn = on.AddDays(-7) },
            new AttributeDecision(DisclosureAttribute.Proactive, "", "", false), on.AddDays(28), now);
        document.Submit(Drafter, now);
        document.PassOfficeReview(Office, "", now);
        document.PassConfidentialityReview(Reviewer, "", now);
        document.Publish(Officer, $"{agency.Code.ToUpperInvariant()}/{on.Year}-{Guid.NewGuid().ToString("N")[..5]}", on, now);
        db.Add(document);
        return document;
    }

    private static StaffActor Actor(string name, string role) => new(Guid.NewGuid(), name, new HashSet<string> { role });
}
