using System.Globalization;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Jobs;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.IntegrationTests.Publications.Staff.DocumentSteps;

namespace Gongkai.IntegrationTests.Publications.Staff;

/// <summary>Index numbers, scheduled publication, expiry, periodic review and correction.</summary>
public sealed class PublicationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly DocumentSteps steps = new(factory);

    [Fact]
    public async Task Publishing_gives_consecutive_index_numbers_that_are_never_reused_after_a_withdrawal()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var year = ChineseDate.Today(TimeProvider.System).Year;
        var (credit, last) = await CounterAsync(year);
        string Expected(int serial) => string.Create(CultureInfo.InvariantCulture, $"{credit}/{year}-{serial:00000}");

        var first = await steps.PublishedAsync(staff, Agency, "索引号测试一");
        var second = await steps.PublishedAsync(staff, Agency, "索引号测试二");
        Assert.Equal(Expected(last + 1), (await steps.LoadAsync(first)).IndexNumber);
        Assert.Equal(Expected(last + 2), (await steps.LoadAsync(second)).IndexNumber);
        Assert.Contains(Expected(last + 1), await staff.Drafter.GetStringAsync(Page(Agency, first)), StringComparison.Ordinal);

        await DoAsync(staff.Disclosure, Agency, second, "Withdraw", new() { ["note"] = "发错了。", ["confirmed"] = "true" });
        var withdrawn = await steps.LoadAsync(second);
        Assert.Equal(DocumentStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(Expected(last + 2), withdrawn.IndexNumber);

        var third = await steps.PublishedAsync(staff, Agency, "索引号测试三");
        Assert.Equal(Expected(last + 3), (await steps.LoadAsync(third)).IndexNumber);
    }

    [Fact]
    public async Task A_withdrawal_needs_a_reason_and_a_confirmation()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.PublishedAsync(staff, Agency, "撤回确认测试");

        var unconfirmed = await ActAsync(staff.Disclosure, Agency, id, "Withdraw", new() { ["note"] = "内容有误。" });
        Assert.Equal("撤回后文件将从公开专栏下线：请勾选确认后再撤回。", ErrorOf(await unconfirmed.Content.ReadAsStringAsync()));
        var noReason = await ActAsync(staff.Disclosure, Agency, id, "Withdraw", new() { ["note"] = "", ["confirmed"] = "true" });
        Assert.Equal("请填写撤回原因。", ErrorOf(await noReason.Content.ReadAsStringAsync()));
        Assert.Equal(DocumentStatus.Published, (await steps.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_scheduled_document_is_published_by_the_job_handler_once_its_time_has_come()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.ApprovedAsync(staff, Agency, "定时发布测试");
        var beijing = new DateTime(2099, 1, 5, 9, 30, 0, DateTimeKind.Unspecified);
        await DoAsync(staff.Disclosure, Agency, id, "Schedule", new() { ["scheduledAt"] = "2099-01-05T09:30" });

        var scheduled = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Scheduled, scheduled.Status);
        Assert.Equal(beijing.AddHours(-8), scheduled.ScheduledAt);
        Assert.Null(scheduled.IndexNumber);
        Assert.Contains("2099-01-05 09:30（北京时间）", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);

        var dueAt = DateTime.SpecifyKind(beijing.AddHours(-8), DateTimeKind.Utc);
        await using (var scope = factory.Scope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<PublishDueDocuments>();
            await handler.HandleAsync(dueAt.AddMinutes(-1));
            Assert.Equal(DocumentStatus.Scheduled, (await steps.LoadAsync(id)).Status);

            Assert.True(await handler.HandleAsync(dueAt.AddMinutes(1)) >= 1);
        }

        var published = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Published, published.Status);
        Assert.StartsWith("11370000MB1234567R/2099-", published.IndexNumber, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2099, 1, 5), published.PublishedOn);
        Assert.Equal(DocumentAction.PublishScheduled, published.History.OrderBy(h => h.At).Last().Action);
        Assert.Equal("系统定时任务", published.History.OrderBy(h => h.At).Last().ActorName);

        // A second run, or a second node, finds nothing left to publish and changes nothing.
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PublishDueDocuments>().HandleAsync(dueAt.AddMinutes(2));
        }

        var again = await steps.LoadAsync(id);
        Assert.Equal(published.IndexNumber, again.IndexNumber);
        Assert.Equal(published.History.Count, again.History.Count);
    }

    [Fact]
    public async Task Two_runs_of_the_publishing_job_at_once_publish_a_document_once()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.ApprovedAsync(staff, Agency, "并发定时发布测试");
        await DoAsync(staff.Disclosure, Agency, id, "Schedule", new() { ["scheduledAt"] = "2098-06-01T08:00" });
        var at = new DateTime(2098, 6, 1, 1, 0, 0, DateTimeKind.Utc);

        async Task RunAsync()
        {
            await using var scope = factory.Scope();
            await scope.ServiceProvider.GetRequiredService<PublishDueDocuments>().HandleAsync(at);
        }

        await Task.WhenAll(RunAsync(), RunAsync());
        var document = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Single(document.History, h => h.Action == DocumentAction.PublishScheduled);
        await using var check = factory.Scope();
        var counter = await factory.Db(check).Set<IndexNumberCounter>().SingleAsync(c => c.AgencyId == document.AgencyId && c.Year == 2098);
        Assert.Equal(1, counter.LastSerial);
    }

    [Fact]
    public async Task A_normative_document_lapses_the_day_after_its_expiry_date()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var today = ChineseDate.Today(TimeProvider.System);
        var expiresOn = today.AddDays(30);
        var id = await steps.PublishedAsync(staff, Agency, "到期失效测试规范性文件", f =>
        {
            f["isNormative"] = "true";
            f["effectiveOn"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            f["expiresOn"] = expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        });
        Assert.Equal(Validity.Valid, (await steps.LoadAsync(id)).Validity);

        await using (var scope = factory.Scope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<ExpireNormativeDocuments>();
            await handler.HandleAsync(expiresOn);
            Assert.Equal(Validity.Valid, (await steps.LoadAsync(id)).Validity);
            Assert.True(await handler.HandleAsync(expiresOn.AddDays(1)) >= 1);
        }

        Assert.Equal(Validity.Expired, (await steps.LoadAsync(id)).Validity);
        await using (var scope = factory.Scope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ExpireNormativeDocuments>().HandleAsync(expiresOn.AddDays(1)));
        }

        Assert.Contains(">失效<", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_document_is_kept_on_review_with_a_fresh_reason_or_converted_and_published()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var today = ChineseDate.Today(TimeProvider.System);
        var id = await steps.ApprovedAsync(staff, Agency, "定期审查测试", f =>
        {
            f["attribute"] = "Withheld";
            f["attributeReason"] = "属于过程性信息。";
            f["attributeGround"] = "16-process";
        });

        var approvedPage = await staff.Disclosure.GetStringAsync(Page(Agency, id));
        Assert.DoesNotContain("value=\"Publish\"", approvedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Register\"", approvedPage, StringComparison.Ordinal);
        var publishRefused = await ActAsync(staff.Disclosure, Agency, id, "Publish");
        Assert.Equal("只有主动公开的文件可以发布；其他文件应登记备查。", ErrorOf(await publishRefused.Content.ReadAsStringAsync()));

        await DoAsync(staff.Disclosure, Agency, id, "Register");
        var registered = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Registered, registered.Status);
        Assert.Equal(today.AddMonths(12), registered.ReviewDueOn);
        Assert.Null(registered.IndexNumber);

        var noReason = await ActAsync(staff.Disclosure, Agency, id, "KeepOnReview", new() { ["note"] = "" });
        Assert.Equal("请填写继续不予主动公开的理由。", ErrorOf(await noReason.Content.ReadAsStringAsync()));
        await DoAsync(staff.Disclosure, Agency, id, "KeepOnReview", new() { ["note"] = "讨论仍在进行。" });
        var kept = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Registered, kept.Status);
        Assert.Equal("讨论仍在进行。", kept.AttributeReason);

        await DoAsync(staff.Disclosure, Agency, id, "ConvertToProactive", new() { ["note"] = "讨论结束，可以公开。" });
        var converted = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Approved, converted.Status);
        Assert.Equal(DisclosureAttribute.Proactive, converted.Attribute);
        Assert.Null(converted.ReviewDueOn);

        await DoAsync(staff.Disclosure, Agency, id, "Publish");
        var published = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Published, published.Status);
        Assert.NotNull(published.IndexNumber);
    }

    [Fact]
    public async Task A_registered_document_whose_review_has_come_shows_on_the_due_panel()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.ApprovedAsync(staff, Agency, "定期审查到期提醒测试", f =>
        {
            f["attribute"] = "OnRequest";
            f["attributeReason"] = "涉及第三方。";
            f["attributeGround"] = "15-third-party";
        });
        await DoAsync(staff.Disclosure, Agency, id, "Register");
        await using (var scope = factory.Scope())
        {
            // A year has passed: the review date is today.
            var db = factory.Db(scope);
            await db.Set<Document>().Where(d => d.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReviewDueOn, ChineseDate.Today(TimeProvider.System)));
        }

        var list = await staff.Disclosure.GetStringAsync(List(Agency));
        var panel = list[list.IndexOf("id=\"due-panel\"", StringComparison.Ordinal)..list.IndexOf("id=\"list-heading\"", StringComparison.Ordinal)];
        Assert.Contains("定期审查到期", panel, StringComparison.Ordinal);
        Assert.Contains("定期审查到期提醒测试", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_keeps_the_index_number_and_stores_the_earlier_text()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.PublishedAsync(staff, Agency, "更正前的标题");
        var before = await steps.LoadAsync(id);

        await DoAsync(staff.Disclosure, Agency, id, "Correct", new()
        {
            ["title"] = "更正后的标题",
            ["summary"] = "更正后的概述。",
            ["bodyHtml"] = "<p>更正后的正文。</p><script>alert(1)</script>",
            ["note"] = "标题有错别字。",
        });

        var after = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Published, after.Status);
        Assert.Equal(before.IndexNumber, after.IndexNumber);
        Assert.Equal("更正后的标题", after.Title);
        Assert.Equal("<p>更正后的正文。</p>", after.BodyHtml);
        Assert.Equal(2, after.Version);
        await using (var scope = factory.Scope())
        {
            var version = await factory.Db(scope).Set<DocumentVersion>().SingleAsync(v => v.DocumentId == id);
            Assert.Equal(1, version.Version);
            Assert.Equal("更正前的标题", version.Title);
            Assert.Equal("<p>正文第一段。</p>", version.BodyHtml);
            Assert.Equal("标题有错别字。", version.Reason);
        }

        var page = await staff.Drafter.GetStringAsync(Page(Agency, id));
        Assert.Contains("历史版本", page, StringComparison.Ordinal);
        Assert.Contains("更正前的标题", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amended_document_names_the_document_that_amended_it_by_index_number()
    {
        var staff = await steps.StaffOfAsync(Agency);
        Action<Dictionary<string, string>> normative = f => f["isNormative"] = "true";
        var old = await steps.PublishedAsync(staff, Agency, "被修改的规范性文件", normative);
        var replacement = await steps.PublishedAsync(staff, Agency, "修改后的规范性文件", normative);
        var replacementNumber = (await steps.LoadAsync(replacement)).IndexNumber!;

        var missing = await ActAsync(staff.Disclosure, Agency, old, "ChangeValidity", new() { ["validity"] = "Amended", ["replacedBy"] = "" });
        Assert.Equal("“已修改”须填写修改该文件的新文件的索引号。", ErrorOf(await missing.Content.ReadAsStringAsync()));
        var unknown = await ActAsync(staff.Disclosure, Agency, old, "ChangeValidity", new() { ["validity"] = "Amended", ["replacedBy"] = "NOPE/2026-99999" });
        Assert.Equal("本机关没有索引号为“NOPE/2026-99999”的已发布文件。", ErrorOf(await unknown.Content.ReadAsStringAsync()));

        await DoAsync(staff.Disclosure, Agency, old, "ChangeValidity", new() { ["validity"] = "Amended", ["replacedBy"] = replacementNumber });
        var amended = await steps.LoadAsync(old);
        Assert.Equal(Validity.Amended, amended.Validity);
        Assert.Equal(replacement, amended.ReplacedById);
        Assert.Contains("修改后的规范性文件", await staff.Drafter.GetStringAsync(Page(Agency, old)), StringComparison.Ordinal);
    }

    private async Task<(string Credit, int LastSerial)> CounterAsync(int year)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agency = await db.Agencies.SingleAsync(a => a.Code == Agency);
        var counter = await db.Set<IndexNumberCounter>().AsNoTracking().SingleOrDefaultAsync(c => c.AgencyId == agency.Id && c.Year == year);
        return (agency.CreditCode, counter?.LastSerial ?? 0);
    }
}
