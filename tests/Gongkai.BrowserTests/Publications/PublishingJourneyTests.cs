using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Publications;

/// <summary>
/// One document's whole life through the real pages: drafted, returned by the office, corrected, reviewed twice,
/// published, then found by a reader in the public catalog. Each step is taken by a different demo account of
/// 镇江市人社局, each in a browser context of its own, as four people at four desks would.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class PublishingJourneyTests(BrowserFixture browser)
{
    private const string Agency = "zhenjiang";
    private const string ReturnNote = "请补充摘要";

    [Fact]
    public async Task A_draft_goes_through_return_review_and_publication_and_a_reader_finds_it_in_the_catalog()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var title = $"关于开展2026年就业创业服务专项活动的通知（浏览器测试{marker}）";
        var number = $"镇人社发〔2026〕{Random.Shared.Next(100_000, 1_000_000)}号";
        var firstSummary = $"部署就业创业服务专项活动（{marker}）。";
        var secondSummary = $"部署就业创业服务专项活动，明确服务对象、活动时间和工作要求（{marker}）。";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        string documentPath = "";

        // The drafter fills a new document, saves it and submits it for review.
        await AsAsync("zhenjiang-drafter", async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/admin/{Agency}/documents/new");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("起草新文件");
            await Axe.AssertNoViolationsAsync(page);

            await page.GetByLabel("标题", new() { Exact = true }).FillAsync(title);
            await page.GetByLabel("发文字号", new() { Exact = true }).FillAsync(number);
            await page.GetByLabel("成文日期", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd"));
            await page.GetByLabel("主题分类", new() { Exact = true }).SelectOptionAsync("15.01");
            await page.GetByLabel("公文种类", new() { Exact = true }).SelectOptionAsync("通知");
            var categories = page.GetByLabel("公开目录", new() { Exact = true });
            var employment = await categories.Locator("option").Filter(new() { HasTextRegex = new Regex(@"^\s*就业创业\s*$") }).GetAttributeAsync("value");
            Assert.False(string.IsNullOrEmpty(employment), "公开目录中没有“就业创业”");
            await categories.SelectOptionAsync(employment!);
            await page.GetByLabel("内容概述", new() { Exact = true }).FillAsync(firstSummary);
            await page.GetByLabel("正文（HTML）", new() { Exact = true }).FillAsync(
                $"<p>各县（市、区）人力资源和社会保障局：</p><p>现就开展就业创业服务专项活动有关事项通知如下。（{marker}）</p>");
            await page.GetByLabel("主动公开", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($@"/admin/{Agency}/documents/[0-9a-f-]{{36}}\?done=saved$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("草稿已保存。");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Expect(page.Locator("#status")).ToHaveTextAsync("草稿");
            documentPath = new Uri(page.Url).AbsolutePath;

            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("办文审核");
        });

        // The office reviewer finds it among the documents under review and returns it with a note.
        await AsAsync("zhenjiang-officereviewer", async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/admin/{Agency}/documents?status=OfficeReview");
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(documentPath) + "$"));
            await Expect(page.Locator("#status")).ToHaveTextAsync("办文审核");
            await Axe.AssertNoViolationsAsync(page);

            await page.GetByLabel("退回意见", new() { Exact = true }).FillAsync(ReturnNote);
            await page.GetByRole(AriaRole.Button, new() { Name = "退回修改", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成“退回修改”。");
            await Expect(page.Locator("#status")).ToHaveTextAsync("草稿");
        });

        // The drafter reads the note, changes the summary and submits again.
        await AsAsync("zhenjiang-drafter", async page =>
        {
            await AccessibilityTests.GoToAsync(page, documentPath);
            await Expect(page.Locator("#status")).ToHaveTextAsync("草稿");
            var returned = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "退回修改", Exact = true }) });
            await Expect(returned).ToContainTextAsync(ReturnNote);

            await page.GetByRole(AriaRole.Link, new() { Name = "修改草稿", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(documentPath) + "/edit$"));
            var summary = page.GetByLabel("内容概述", new() { Exact = true });
            await Expect(summary).ToHaveValueAsync(firstSummary);
            await summary.FillAsync(secondSummary);
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("草稿已保存。");
            await Expect(page.Locator("dl.facts")).ToContainTextAsync(secondSummary);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("办文审核");
        });

        // The office reviewer passes it this time.
        await AsAsync("zhenjiang-officereviewer", async page =>
        {
            await AccessibilityTests.GoToAsync(page, documentPath);
            await Expect(page.Locator("dl.facts")).ToContainTextAsync(secondSummary);
            await page.GetByRole(AriaRole.Button, new() { Name = "办文审核通过", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("保密审查");
        });

        // The confidentiality reviewer passes it and is named on it.
        await AsAsync("zhenjiang-confidentialityreviewer", async page =>
        {
            await AccessibilityTests.GoToAsync(page, documentPath);
            await Expect(page.Locator("#status")).ToHaveTextAsync("保密审查");
            await page.GetByRole(AriaRole.Button, new() { Name = "保密审查通过", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("已批准");
        });

        // The disclosure officer publishes it now; the page shows the index number it was given.
        string indexNumber = "";
        await AsAsync("zhenjiang-disclosureofficer", async page =>
        {
            await AccessibilityTests.GoToAsync(page, documentPath);
            await Expect(page.Locator("#status")).ToHaveTextAsync("已批准");
            await Expect(page.Locator("#index-number")).ToHaveTextAsync("（发布时生成）");
            await page.GetByRole(AriaRole.Button, new() { Name = "立即发布", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成“发布”。");
            await Expect(page.Locator("#status")).ToHaveTextAsync("已发布");
            await Expect(page.Locator("#index-number")).Not.ToHaveTextAsync(new Regex(@"^\s*$|发布时生成"));
            indexNumber = (await page.Locator("#index-number").TextContentAsync())!.Trim();
            await Axe.AssertNoViolationsAsync(page);
        });

        // A reader, not signed in, goes from the catalog to the document.
        await AsAsync(null, async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/{Agency}/catalog");
            await page.GetByRole(AriaRole.Link, new() { Name = "就业创业" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("就业创业");
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($@"/{Agency}/documents/[0-9a-f-]{{36}}$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            var info = page.Locator("table.doc-info");
            await Expect(Field(info, "索引号")).ToHaveTextAsync(indexNumber);
            await Expect(Field(info, "发文字号")).ToHaveTextAsync(number);
            await Expect(Field(info, "标题")).ToHaveTextAsync(title);
            await Expect(Field(info, "内容概述")).ToHaveTextAsync(secondSummary);
            await Axe.AssertNoViolationsAsync(page);
        });
    }

    /// <summary>The value cell of the metadata row whose header is <paramref name="name"/>.</summary>
    private static ILocator Field(ILocator table, string name) =>
        table.GetByRole(AriaRole.Row)
            .Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) })
            .Locator("td");

    /// <summary>Runs the steps in a fresh browser context, signed in as <paramref name="userName"/> (anonymous when null).</summary>
    private async Task AsAsync(string? userName, Func<IPage, Task> steps)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        if (userName is not null)
        {
            await StaffSignIn.SignInAsync(page, userName);
        }

        await steps(page);
    }
}
