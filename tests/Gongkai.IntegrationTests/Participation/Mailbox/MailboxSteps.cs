using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Mailbox;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Participation.Mailbox;

/// <summary>What a citizen does on the public pages and what staff do in the back office.</summary>
internal static class MailboxSteps
{
    public const string Agency = "shandong";
    public const string WritePage = "/shandong/mailbox";
    public const string StatusPage = "/shandong/mailbox/status";
    public const string RepliesPage = "/shandong/mailbox/replies";
    public const string StaffList = "/admin/shandong/mailbox";
    public const string Phone = "13812345678";
    public const string Email = "zhangsf@example.cn";

    public static Dictionary<string, string> Form(string subject) => new()
    {
        ["Box"] = "Inquiry",
        ["Category"] = "PolicyQuestion",
        ["Subject"] = subject,
        ["Body"] = $"{subject}：请问失业保险金怎样申领？",
        ["WriterName"] = "张三丰",
        ["Phone"] = Phone,
        ["Email"] = Email,
        ["Promise"] = "true",
        ["website"] = "",
    };

    /// <summary>Writes and reads the receipt the redirect leads to.</summary>
    public static async Task<(string Number, string Code)> WriteAsync(StaffClient client, Dictionary<string, string> form, string agency = Agency)
    {
        var posted = await client.PostFormAsync($"/{agency}/mailbox", $"/{agency}/mailbox", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/{agency}/mailbox/received", posted.Headers.Location?.OriginalString);
        var receipt = Html(await client.GetStringAsync($"/{agency}/mailbox/received"));
        return (receipt.QuerySelector("#message-number")!.TextContent.Trim(), receipt.QuerySelector("#query-code")!.TextContent.Trim());
    }

    public static Task<HttpResponseMessage> LookUpAsync(StaffClient client, string number, string code, string agency = Agency) =>
        client.PostFormAsync($"/{agency}/mailbox/status", $"/{agency}/mailbox/status", new() { ["Number"] = number, ["QueryCode"] = code });

    /// <summary>
    /// Posts one action of the details page as the signed-in member of staff, with the token of a page they can open
    /// (their own agency's dashboard), so a refusal comes from the page and not from a missing token.
    /// </summary>
    public static async Task<HttpResponseMessage> ActAsync(
        StaffClient client, Guid id, string action, Dictionary<string, string>? fields = null, string agency = Agency, string homeAgency = Agency)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["Action"] = action };
        return await client.PostFormAsync($"/admin/{homeAgency}", $"/admin/{agency}/mailbox/{id}", form);
    }

    public static async Task<Message> LoadAsync(GongkaiFactory factory, string number)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(g => g.Code == Agency).Select(g => g.Id).SingleAsync();
        return await db.Set<Message>().AsNoTracking().Include(m => m.History).SingleAsync(m => m.Number == number && m.AgencyId == agencyId);
    }

    public static async Task<Dictionary<string, string>> AssignmentAsync(GongkaiFactory factory, string handlerUserName = "shandong-handler")
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(g => g.Code == Agency).Select(g => g.Id).SingleAsync();
        var department = await db.Departments.Where(d => d.AgencyId == agencyId).OrderBy(d => d.SortOrder).Select(d => d.Id).FirstAsync();
        var handler = await db.Users.Where(u => u.UserName == handlerUserName).Select(u => u.Id).SingleAsync();
        return new() { ["DepartmentId"] = department.ToString(), ["HandlerId"] = handler.ToString() };
    }

    public static async Task<int> CountAsync(GongkaiFactory factory)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Message>().CountAsync();
    }

    /// <summary>403, or the route guard's redirect to the access-denied page.</summary>
    public static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));

    public static IDocument Html(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<IDocument> HtmlAsync(HttpResponseMessage response) => Html(await response.Content.ReadAsStringAsync());
}
