using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>
/// Makes cases the way the disclosure office does: the registration form posted over HTTP. Also assigns a case to the
/// agency's demo handler, through the same handler the case page uses.
/// </summary>
internal sealed partial class CaseSteps(GongkaiFactory factory)
{
    public const string IdNumber17 = "11010519900307123";
    public const string Phone = "13812345678";
    public const string ApplicantName = "王小明";

    /// <summary>A valid 18-digit resident ID number (the check character computed, not guessed).</summary>
    public static string IdNumber => IdNumber17 + ResidentIdNumber.CheckCharacter(IdNumber17);

    public static DateOnly Today => ChineseDate.Today(TimeProvider.System);

    public static string List(string agency) => $"/admin/{agency}/applications";

    public static string NewPage(string agency) => $"{List(agency)}/new";

    public static string CasePage(string agency, Guid id) => $"{List(agency)}/{id}";

    /// <summary>The registration form of a natural person who collects the answer in person, received today.</summary>
    public static Dictionary<string, string> ValidApplicantFields() => new()
    {
        ["channel"] = nameof(ReceiptChannel.InPerson),
        ["receivedOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Kind"] = nameof(ApplicantKind.NaturalPerson),
        ["Name"] = ApplicantName,
        ["IdType"] = nameof(IdDocumentType.ResidentIdCard),
        ["IdNumber"] = IdNumber,
        ["CreditCode"] = "",
        ["LegalRepresentative"] = "",
        ["ContactName"] = "",
        ["Phone"] = Phone,
        ["Email"] = "",
        ["Address"] = "山东省济南市历下区测试路1号",
        ["PostalCode"] = "250000",
        ["Description"] = "2025年本市失业保险金发放情况的统计表",
        ["DocumentTitle"] = "",
        ["DocumentNumber"] = "",
        ["Delivery"] = nameof(DeliveryMethod.PickUp),
        ["Format"] = nameof(InformationFormat.Paper),
    };

    /// <summary>An organisation's fields in place of a person's (the credit code is a demo agency's, valid by its check character).</summary>
    public static void AsOrganization(Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["Kind"] = nameof(ApplicantKind.Business);
        fields["Name"] = "济南测试商贸有限公司";
        fields["IdType"] = "";
        fields["IdNumber"] = "";
        fields["CreditCode"] = "11370000MB1234567R";
        fields["LegalRepresentative"] = "李四";
    }

    public static Task<HttpResponseMessage> PostRegistrationAsync(StaffClient officer, string agency, Dictionary<string, string> fields) =>
        officer.PostFormAsync(NewPage(agency), NewPage(agency), fields);

    /// <summary>Registers a case as <paramref name="officer"/> and returns its id (read from the redirect).</summary>
    public static async Task<Guid> RegisterAsync(StaffClient officer, string agency, Action<Dictionary<string, string>>? change = null)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var fields = ValidApplicantFields();
        change?.Invoke(fields);
        var response = await PostRegistrationAsync(officer, agency, fields);
        return response.StatusCode == HttpStatusCode.Redirect && RegisteredId().Match(response.Headers.Location?.OriginalString ?? "") is { Success: true } match
            ? Guid.Parse(match.Groups[1].Value)
            : throw new InvalidOperationException($"登记失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Registers a case and reads the page shown once after it: the case number and the query code.</summary>
    public static async Task<(Guid Id, string Number, string QueryCode)> RegisterWithCodeAsync(StaffClient officer, string agency, Action<Dictionary<string, string>>? change = null)
    {
        var id = await RegisterAsync(officer, agency, change);
        var html = await officer.GetStringAsync($"{List(agency)}/registered?id={id}");
        var number = CaseNumber().Match(html);
        var code = QueryCodeShown().Match(html);
        return number.Success && code.Success
            ? (id, number.Groups[1].Value, code.Groups[1].Value)
            : throw new InvalidOperationException("登记后的页面未显示申请编号或查询码。");
    }

    /// <summary>Assigns the case to the agency's demo handler and its first department, as the disclosure office does.</summary>
    public async Task<(Guid DepartmentId, Guid HandlerId)> AssignAsync(string agency, Guid id)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var found = await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == agency);
        var department = await db.Departments.AsNoTracking().Where(d => d.AgencyId == found.Id).OrderBy(d => d.SortOrder).FirstAsync();
        var handlerId = await UserIdAsync(db, agency, StaffRole.Handler);
        var officer = new StaffActor(await UserIdAsync(db, agency, StaffRole.DisclosureOfficer), "测试政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });
        var moved = await scope.ServiceProvider.GetRequiredService<MoveApplication>()
            .HandleAsync(found, id, new CaseForm { Action = nameof(ApplicationAction.Assign), DepartmentId = department.Id, HandlerId = handlerId }, officer);
        return moved ? (department.Id, handlerId) : throw new InvalidOperationException("分派失败：找不到申请。");
    }

    public async Task<Application> LoadAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Application>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<Agency> AgencyAsync(string agency)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Agencies.AsNoTracking().SingleAsync(a => a.Code == agency);
    }

    /// <summary>A word no other test uses, to find this test's cases with the list's search.</summary>
    public static string Tag() => "标记" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The numbers of the cases in a list page's table, in order.</summary>
    public static IReadOnlyList<string> Numbers(string html) => [.. RowNumber().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>Refused by the back office: 403, or the redirect to the access-denied page (which answers 403).</summary>
    public static bool IsRefused(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));
    }

    private static async Task<Guid> UserIdAsync(Web.Platform.Persistence.GongkaiDbContext db, string agency, string role)
    {
        var userName = Web.Platform.Demo.DemoData.UserName(agency, role);
        return await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [GeneratedRegex(@"/applications/registered\?id=([0-9a-fA-F\-]{36})")]
    private static partial Regex RegisteredId();

    [GeneratedRegex("id=\"case-number\">([^<]+)<")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("id=\"query-code\">([^<]+)<")]
    private static partial Regex QueryCodeShown();

    [GeneratedRegex("<th scope=\"row\">\\s*<a href=\"/admin/[^/]+/applications/[0-9a-f\\-]{36}\">([^<]+)</a>")]
    private static partial Regex RowNumber();
}
