using AngleSharp.Dom;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Participation.Mailbox;
using Gongkai.Web.Features.Participation.Mailbox;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>One row of the supervision list as the page shows it.</summary>
public sealed record ListedDeadline(Guid ItemId, string Kind, string Status, string Link, string Text);

internal static class SupervisionSteps
{
    public const string Agency = "shandong";

    public static string List(string agency = Agency) => $"/admin/{agency}/supervision";

    public const string PlatformList = "/admin/platform/supervision";

    public static async Task<IDocument> PageAsync(StaffClient client, string url) => MailboxSteps.Html(await client.GetStringAsync(url));

    public static IReadOnlyList<ListedDeadline> Rows(IDocument page) =>
        [.. page.QuerySelectorAll("table[data-testid=supervision-list] tbody tr").Select(tr => new ListedDeadline(
            Guid.Parse(tr.GetAttribute("data-item")!),
            tr.GetAttribute("data-kind")!,
            tr.GetAttribute("data-status")!,
            tr.QuerySelector("th a")!.GetAttribute("href")!,
            tr.TextContent))];

    public static async Task<IReadOnlyList<ListedDeadline>> RowsAsync(StaffClient client, string url) => Rows(await PageAsync(client, url));

    /// <summary>Writes an inquiry through the public form and returns the stored message.</summary>
    public static async Task<Message> WriteMessageAsync(GongkaiFactory factory, string subject)
    {
        var (number, _) = await MailboxSteps.WriteAsync(factory.Anonymous(), MailboxSteps.Form(subject));
        return await MailboxSteps.LoadAsync(factory, number);
    }

    public static async Task<Guid> UserIdAsync(GongkaiFactory factory, string userName)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
