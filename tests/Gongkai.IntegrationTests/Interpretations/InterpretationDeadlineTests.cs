using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Publications.Staff;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Interpretations.InterpretationSteps;

namespace Gongkai.IntegrationTests.Interpretations;

/// <summary>国办发〔2016〕19号: the interpretation is published within 3 working days of its document, and staff see where it stands.</summary>
public sealed class InterpretationDeadlineTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly DocumentSteps steps = new(factory);

    private static string RowOf(string list, Guid id)
    {
        var start = list.IndexOf($"data-id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "列表中没有这份解读");
        return list[start..list.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_due_date_counts_from_the_documents_publication_shows_overdue_and_a_late_publication_stays_marked()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var document = await steps.DraftAsync(staff.Drafter, Agency, "解读期限测试文件", f => f["needsInterpretation"] = "true");
        Guid id;
        await using (var scope = factory.Scope())
        {
            id = await factory.Db(scope).Set<InterpretedDocument>().Where(l => l.DocumentId == document).Select(l => l.InterpretationId).SingleAsync();
        }

        Assert.Contains("所解读的文件发布后起算", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
        Assert.Contains("文件发布后起算", RowOf(await staff.Drafter.GetStringAsync(List(Agency)), id), StringComparison.Ordinal);

        await DocumentSteps.DoAsync(staff.Drafter, Agency, document, "Submit");
        await DocumentSteps.DoAsync(staff.Office, Agency, document, "PassOfficeReview");
        await DocumentSteps.DoAsync(staff.Confidentiality, Agency, document, "PassConfidentialityReview");
        await DocumentSteps.DoAsync(staff.Disclosure, Agency, document, "Publish");
        var today = ChineseDate.Today(TimeProvider.System);
        var due = InterpretationDeadline.DueOn(WorkingDayCalendar.Official, today)!.Value;

        Assert.Contains($"{ChineseDate.Format(due)}前（文件发布后3个工作日内）", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
        var pending = RowOf(await staff.Drafter.GetStringAsync(List(Agency)), id);
        Assert.Contains($"{ChineseDate.Format(due)}前", pending, StringComparison.Ordinal);
        Assert.DoesNotContain("已逾期", pending, StringComparison.Ordinal);

        // Arranging only: the document came out two weeks ago.
        var longAgo = today.AddDays(-14);
        await using (var scope = factory.Scope())
        {
            await factory.Db(scope).Set<Document>().Where(d => d.Id == document).ExecuteUpdateAsync(s => s.SetProperty(d => d.PublishedOn, longAgo));
        }

        var lateDue = InterpretationDeadline.DueOn(WorkingDayCalendar.Official, longAgo)!.Value;
        Assert.Contains("已逾期", RowOf(await staff.Drafter.GetStringAsync(List(Agency)), id), StringComparison.Ordinal);
        Assert.Contains("<strong class=\"overdue\">已逾期</strong>", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);

        await DoAsync(staff.Drafter, Agency, id, "Submit");
        await DoAsync(staff.Office, Agency, id, "PassOfficeReview");
        await DoAsync(staff.Confidentiality, Agency, id, "PassConfidentialityReview");
        await DoAsync(staff.Disclosure, Agency, id, "Publish");

        var published = RowOf(await staff.Drafter.GetStringAsync(List(Agency)), id);
        Assert.Contains($"{ChineseDate.Format(today)}发布", published, StringComparison.Ordinal);
        Assert.Contains("逾期发布", published, StringComparison.Ordinal);
        Assert.DoesNotContain("已逾期", published, StringComparison.Ordinal);
        var page = await staff.Drafter.GetStringAsync(Page(Agency, id));
        Assert.Contains($"{ChineseDate.Format(lateDue)}前（文件发布后3个工作日内）", page, StringComparison.Ordinal);
        Assert.Contains("逾期发布", page, StringComparison.Ordinal);
    }
}
