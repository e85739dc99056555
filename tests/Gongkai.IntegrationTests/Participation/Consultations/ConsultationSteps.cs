using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Participation.Consultations;

/// <summary>Makes and moves consultations the way staff and the public do: forms posted over HTTP.</summary>
internal sealed partial class ConsultationSteps(GongkaiFactory factory)
{
    public const string Body = "<p>第一条 为了规范失业保险金申领，制定本办法。</p><p>第二条 本办法适用于本省行政区域。</p><p>第三条 本办法自发布之日起施行。</p>";

    public static DateOnly Today => ChineseDate.Today(TimeProvider.System);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string StaffPage(Guid id, string agency = "shandong") => $"/admin/{agency}/consultations/{id}";

    public static string PublicPage(Guid id, string agency = "shandong") => $"/{agency}/consultations/{id}";

    public static Dictionary<string, string> Draft(string title, DateOnly opens, DateOnly closes) => new()
    {
        ["Title"] = title,
        ["Summary"] = "为规范失业保险金申领，现公开征求意见。",
        ["Body"] = Body,
        ["OpensOn"] = Date(opens),
        ["ClosesOn"] = Date(closes),
        ["ContactDepartment"] = "失业保险处",
        ["ContactPhone"] = "0531-86912345",
        ["ContactEmail"] = "",
    };

    public async Task<Guid> CreateAsync(StaffClient staff, string title, DateOnly opens, DateOnly closes)
    {
        var response = await staff.PostFormAsync("/admin/shandong/consultations/new", "/admin/shandong/consultations/new", Draft(title, opens, closes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(IdInUrl().Match(response.Headers.Location!.OriginalString).Value);
    }

    /// <summary>A consultation put out for comment, open from today for 30 days.</summary>
    public async Task<(StaffClient Officer, Guid Id)> OpenAsync(string title)
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var id = await CreateAsync(officer, title, Today, Today.AddDays(29));
        await ActAsync(officer, id, "open", []);
        return (officer, id);
    }

    public async Task<HttpResponseMessage> ActAsync(StaffClient staff, Guid id, string handler, Dictionary<string, string> fields, bool expectSuccess = true)
    {
        var response = await staff.PostFormAsync(StaffPage(id), $"{StaffPage(id)}?handler={handler}", fields);
        if (expectSuccess)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return response;
    }

    public Task<HttpResponseMessage> CommentAsync(Guid id, string text, string name = "", string contact = "", string article = "") =>
        factory.Anonymous().PostFormAsync(PublicPage(id), PublicPage(id), new()
        {
            ["Article"] = article,
            ["Text"] = text,
            ["Name"] = name,
            ["Contact"] = contact,
            ["website"] = "",
        });

    public async Task<IReadOnlyList<ConsultationComment>> CommentsAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ConsultationComment>().AsNoTracking().Where(c => c.ConsultationId == id).OrderBy(c => c.SubmittedAt).ToListAsync();
    }

    /// <summary>Arranging only: moves the period so the consultation closed yesterday.</summary>
    public async Task CloseAsync(Guid id)
    {
        await using var scope = factory.Scope();
        var yesterday = Today.AddDays(-1);
        await factory.Db(scope).Set<Consultation>().Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.OpensOn, yesterday.AddDays(-40)).SetProperty(c => c.ClosesOn, yesterday));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex IdInUrl();
}
