using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>
/// Drives cases through the back office as staff do: actions posted from the case page over HTTP. Cases are created
/// through the application's own handlers (registration, online submission) in a scope; dates the clock would take
/// weeks to reach are arranged on the row, and only for arranging.
/// </summary>
internal sealed partial class CaseFlow(GongkaiFactory factory)
{
    public static DateOnly Today => ChineseDate.Today(TimeProvider.System);

    public static string TodayText => Iso(Today);

    public static string Page(string agency, Guid id) => $"/admin/{agency}/applications/{id}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid 居民身份证号码 of its own for each call, so tests do not share an applicant by accident.</summary>
    public static string NewIdNumber()
    {
        var serial = Random.Shared.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        var born = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 18000)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var first17 = $"370102{born}{serial}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public static ApplicationInput Input(string idNumber, string description = "2025年本市失业保险金发放人数和金额的统计数据") => new()
    {
        Kind = "NaturalPerson",
        Name = "张三丰",
        IdType = "ResidentIdCard",
        IdNumber = idNumber,
        Phone = "13912345678",
        Email = "zhangsf@example.cn",
        Address = "山东省济南市历下区测试路8号",
        PostalCode = "250000",
        Description = description,
        Delivery = "Electronic",
        Format = "ElectronicFile",
    };

    /// <summary>Registers an application received in person on <paramref name="receivedOn"/>, as the disclosure office does.</summary>
    public async Task<Guid> RegisterAsync(string agency, DateOnly receivedOn, string? idNumber = null, string? description = null)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await AgencyIdAsync(agency);
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == $"{agency}-disclosureofficer");
        var actor = new StaffActor(officer.Id, officer.DisplayName, new HashSet<string> { StaffRole.DisclosureOfficer });
        var input = Input(idNumber ?? NewIdNumber(), description ?? "2025年本市失业保险金发放人数和金额的统计数据");
        var result = await scope.ServiceProvider.GetRequiredService<RegisterApplication>()
            .HandleAsync(agencyId, input, "InPerson", Iso(receivedOn), actor);
        return result.Id ?? throw new InvalidOperationException("登记失败：" + string.Join("；", result.Errors.Values));
    }

    /// <summary>An application the applicant submitted online: 待确认.</summary>
    public async Task<Guid> SubmitAsync(string agency)
    {
        await using var scope = factory.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<SubmitApplication>()
            .HandleAsync(await AgencyIdAsync(agency), Input(NewIdNumber(), "本局2025年度政府信息公开工作年度报告的纸质版"));
        return result.Id ?? throw new InvalidOperationException("提交失败：" + string.Join("；", result.Errors.Values));
    }

    public async Task<Guid> AgencyIdAsync(string agency)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Agencies.Where(a => a.Code == agency).Select(a => a.Id).SingleAsync();
    }

    public async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public async Task<Guid> DepartmentIdAsync(string agency)
    {
        var agencyId = await AgencyIdAsync(agency);
        await using var scope = factory.Scope();
        return await factory.Db(scope).Departments.Where(d => d.AgencyId == agencyId).OrderBy(d => d.SortOrder).Select(d => d.Id).FirstAsync();
    }

    /// <summary>The assignment form's fields: the agency's first department and the given handler (the demo handler by default).</summary>
    public async Task<Dictionary<string, string>> AssignFieldsAsync(string agency, string? handlerUserName = null) => new()
    {
        ["departmentId"] = (await DepartmentIdAsync(agency)).ToString(),
        ["handlerId"] = (await UserIdAsync(handlerUserName ?? $"{agency}-handler")).ToString(),
    };

    /// <summary>A second member of staff with the handler role, signing in with the demo password.</summary>
    public async Task<string> AddHandlerAsync(string agency, string userName, string displayName)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var template = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == $"{agency}-handler");
        var user = new StaffUser
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = displayName,
            AgencyId = template.AgencyId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            PasswordHash = template.PasswordHash,
        };
        db.Users.Add(user);
        db.RoleGrants.Add(new RoleGrant(user.Id, template.AgencyId, StaffRole.Handler));
        await db.SaveChangesAsync();
        return userName;
    }

    /// <summary>Posts one action from the case page (antiforgery token included, as the browser sends it).</summary>
    public static Task<HttpResponseMessage> ActAsync(StaffClient client, string agency, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        var url = Page(agency, id);
        var content = new Dictionary<string, string>(fields ?? []) { ["action"] = action };
        return client.PostFormAsync(url, url, content);
    }

    /// <summary>Takes an action that must succeed: a redirect back to the case page saying it was done.</summary>
    public static async Task DoAsync(StaffClient client, string agency, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        var response = await ActAsync(client, agency, id, action, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"“{action}”失败：{(int)response.StatusCode} {ErrorOf(html) ?? html[..Math.Min(html.Length, 500)]}");
        }

        Assert.Equal($"{Page(agency, id)}?done={action}", response.Headers.Location!.OriginalString);
    }

    /// <summary>Posts one of the page's other forms (the challenge records) to its handler.</summary>
    public static Task<HttpResponseMessage> PostHandlerAsync(StaffClient client, string agency, Guid id, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync(Page(agency, id), $"{Page(agency, id)}?handler={handler}", fields);

    public async Task<Application> LoadAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Application>().AsNoTracking()
            .Include(a => a.History).Include(a => a.Consultations).AsSplitQuery()
            .SingleAsync(a => a.Id == id);
    }

    /// <summary>Sets columns of a case directly: only to arrange a state the calendar would take weeks to reach.</summary>
    public async Task ArrangeAsync(Guid id, Action<UpdateSettersBuilder<Application>> set)
    {
        await using var scope = factory.Scope();
        Assert.Equal(1, await factory.Db(scope).Set<Application>().Where(a => a.Id == id).ExecuteUpdateAsync(set));
    }

    public async Task ArrangeConsultationAsync(Guid applicationId, Action<UpdateSettersBuilder<ApplicationConsultation>> set)
    {
        await using var scope = factory.Scope();
        Assert.Equal(1, await factory.Db(scope).Set<ApplicationConsultation>().Where(c => c.ApplicationId == applicationId).ExecuteUpdateAsync(set));
    }

    /// <summary>The platform's working-day arithmetic, on the calendar the host uses.</summary>
    public async Task<ClockCalendar> DaysAsync()
    {
        await using var scope = factory.Scope();
        return new ClockCalendar(await scope.ServiceProvider.GetRequiredService<WorkingCalendar>().CurrentAsync());
    }

    /// <summary>The day <paramref name="workingDays"/> working days before today (counted as the clock counts).</summary>
    public async Task<DateOnly> WorkingDaysAgoAsync(int workingDays)
    {
        var days = await DaysAsync();
        var date = Today;
        while (days.CountWorkingDays(date, Today) < workingDays)
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    // ----- Starting states, reached over HTTP -----

    public async Task<Guid> HandlingAsync(StaffClient office, string agency, DateOnly? receivedOn = null, string? idNumber = null)
    {
        var id = await RegisterAsync(agency, receivedOn ?? Today, idNumber);
        await DoAsync(office, agency, id, "Assign", await AssignFieldsAsync(agency));
        return id;
    }

    public async Task<Guid> DecidedAsync(StaffClient office, StaffClient handler, string agency)
    {
        var id = await HandlingAsync(office, agency);
        await DoAsync(handler, agency, id, "Decide", DisclosedDecision);
        return id;
    }

    public async Task<Guid> RepliedAsync(StaffClient office, StaffClient handler, string agency)
    {
        var id = await DecidedAsync(office, handler, agency);
        await DoAsync(office, agency, id, "Reply");
        return id;
    }

    public static Dictionary<string, string> DisclosedDecision => new()
    {
        ["outcome"] = "Disclosed",
        ["replyType"] = "Provided",
        ["note"] = "",
        ["details"] = "以电子邮件提供2025年失业保险金发放统计表一份。",
    };

    public static string? ErrorOf(string html)
    {
        var match = ErrorPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The page's text without tags, entities decoded: what a reader sees.</summary>
    public static string TextOf(string html) => SpacePattern().Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), " ");

    [GeneratedRegex("class=\"alert alert-error\" role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
