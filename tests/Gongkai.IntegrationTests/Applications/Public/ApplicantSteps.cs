using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Applications.Public;

/// <summary>What an applicant does on the public pages, and what the office does to their case meanwhile.</summary>
internal static class ApplicantSteps
{
    public const string Agency = "shandong";
    public const string ApplyPage = "/shandong/applications";
    public const string StatusPage = "/shandong/applications/status";

    public static readonly string PersonId = ResidentId("11010519491231002");
    public static readonly string OrganizationCode = CreditCode("91370102MA3C4K7P1");
    public static readonly StaffActor Office = new(Guid.NewGuid(), "测试政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });

    public static string ResidentId(string first17) => first17 + ResidentIdNumber.CheckCharacter(first17);

    /// <summary>GB 32100-2015: the check character of the first 17 characters of a 统一社会信用代码.</summary>
    public static string CreditCode(string first17)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weights[i];
        }

        return first17 + alphabet[(31 - (sum % 31)) % 31];
    }

    public static Dictionary<string, string> Person() => new()
    {
        ["Kind"] = nameof(ApplicantKind.NaturalPerson),
        ["Name"] = "张三丰",
        ["IdType"] = nameof(IdDocumentType.ResidentIdCard),
        ["IdNumber"] = PersonId,
        ["ContactName"] = "",
        ["Phone"] = "13812345678",
        ["Email"] = "zhangsf@example.cn",
        ["Address"] = "山东省济南市历下区测试路8号",
        ["PostalCode"] = "250000",
        ["Description"] = "2025年济南市失业保险金发放人数和发放金额的统计数据",
        ["DocumentTitle"] = "关于做好失业保险金发放工作的通知",
        ["DocumentNumber"] = "鲁人社发〔2025〕3号",
        ["Delivery"] = nameof(DeliveryMethod.Electronic),
        ["Format"] = nameof(InformationFormat.ElectronicFile),
        ["Promise"] = "true",
        ["website"] = "",
    };

    public static Dictionary<string, string> Organization()
    {
        var form = Person();
        form["Kind"] = "LegalService";
        form["Name"] = "山东明法律师事务所";
        form["IdType"] = "";
        form["IdNumber"] = "";
        form["CreditCode"] = OrganizationCode;
        form["LegalRepresentative"] = "李四";
        form["ContactName"] = "王五";
        form["Delivery"] = nameof(DeliveryMethod.Post);
        form["Format"] = nameof(InformationFormat.Paper);
        return form;
    }

    /// <summary>Submits the form and reads the receipt the redirect leads to.</summary>
    public static async Task<(string Number, string Code)> SubmitAsync(StaffClient client, Dictionary<string, string> form, string agency = Agency)
    {
        var posted = await client.PostFormAsync($"/{agency}/applications", $"/{agency}/applications", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/{agency}/applications/submitted", posted.Headers.Location?.OriginalString);
        var receipt = Html(await client.GetStringAsync($"/{agency}/applications/submitted"));
        return (receipt.QuerySelector("#application-number")!.TextContent.Trim(), receipt.QuerySelector("#query-code")!.TextContent.Trim());
    }

    public static Task<HttpResponseMessage> LookUpAsync(StaffClient client, string number, string code, string agency = Agency) =>
        client.PostFormAsync($"/{agency}/applications/status", $"/{agency}/applications/status", new() { ["Number"] = number, ["QueryCode"] = code });

    public static IDocument Html(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<IDocument> HtmlAsync(HttpResponseMessage response) => Html(await response.Content.ReadAsStringAsync());

    /// <summary>Steps the office takes on the case, through the same handler as the case page.</summary>
    public static async Task MoveAsync(GongkaiFactory factory, string number, params CaseForm[] steps)
    {
        foreach (var step in steps)
        {
            await using var scope = factory.Scope();
            var services = scope.ServiceProvider;
            var agency = (await services.GetRequiredService<AgencyDirectory>().FindAsync(Agency))!;
            var id = await factory.Db(scope).Set<Application>().Where(a => a.AgencyId == agency.Id && a.Number == number).Select(a => a.Id).SingleAsync();
            Assert.True(await services.GetRequiredService<MoveApplication>().HandleAsync(agency, id, step, Office));
        }
    }

    public static CaseForm Confirm => new() { Action = nameof(ApplicationAction.Confirm) };

    public static async Task<Application> LoadAsync(GongkaiFactory factory, string number, string agency = Agency)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(g => g.Code == agency).Select(g => g.Id).SingleAsync();
        return await db.Set<Application>().AsNoTracking().Include(a => a.History).SingleAsync(a => a.Number == number && a.AgencyId == agencyId);
    }

    public static async Task<int> CountAsync(GongkaiFactory factory)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Application>().CountAsync();
    }
}
