using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Search;

[Collection(nameof(BrowserCollection))]
public sealed class SearchBrowserTests(BrowserFixture browser)
{
    public static readonly TheoryData<string, int> Pages = new()
    {
        { "results", 1280 }, { "results", 360 },
        { "no results", 1280 }, { "no results", 360 },
        { "filtered", 1280 }, { "filtered", 360 },
        { "platform", 1280 }, { "platform", 360 },
        { "bad filter", 1280 }, { "bad filter", 360 },
        { "form only", 360 },
    };

    [Fact]
    public async Task A_reader_searches_narrows_by_category_and_opens_a_document()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        var problems = WatchProblems(page);
        await AccessibilityTests.GoToAsync(page, "/shandong/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "栏目导航" }).GetByRole(AriaRole.Link, new() { Name = "检索", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("检索");

        await page.GetByLabel("检索词", new() { Exact = true }).FillAsync("通知");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/shandong/search\?q=%E9%80%9A%E7%9F%A5"));
        await Expect(page.Locator(".search-hits mark").First).ToHaveTextAsync("通知");
        var total = await TotalAsync(page);
        Assert.True(total >= 2, $"山东省人社厅的演示文件中至少有两件通知，实得 {total}");

        await page.GetByText("筛选和排序").ClickAsync();
        await page.GetByLabel("公开目录").SelectOptionAsync("employment");
        await page.GetByRole(AriaRole.Button, new() { Name = "按条件检索" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("category=employment"));
        await Expect(page.Locator("details.search-filters > summary")).ToHaveTextAsync("筛选和排序（就业创业）");
        var filtered = await TotalAsync(page);
        Assert.True(filtered >= 1 && filtered < total, $"按“就业创业”筛选后应少于 {total} 条，实得 {filtered}");

        var first = page.Locator(".search-hits .doc-title").First;
        var title = (await first.TextContentAsync())!;
        await first.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/shandong/documents/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_search_form_works_without_JavaScript()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Server.RootUri.ToString().TrimEnd('/'),
            JavaScriptEnabled = false,
            Locale = "zh-CN",
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await AccessibilityTests.GoToAsync(page, "/");
        await page.GetByLabel("检索各机关主动公开的政府信息").FillAsync("高校毕业生");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));
        Assert.True(await TotalAsync(page) >= 5, "五个演示机关各有一件高校毕业生就业的通知");
        await page.GetByText("筛选和排序").ClickAsync();
        await page.GetByLabel("机关", new() { Exact = true }).SelectOptionAsync("beijing");
        await page.GetByRole(AriaRole.Button, new() { Name = "按条件检索" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("agency=beijing"));
        await Expect(page.Locator(".search-hits .doc-meta").First).ToContainTextAsync("北京市人力资源和社会保障局");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_1_AA_violations_and_fits_the_screen(string which, int width)
    {
        var (context, page) = await browser.NewPageAsync(width: width, height: width == 360 ? 740 : 900);
        await using var _ = context;
        var problems = WatchProblems(page);
        var (path, status) = PathOf(which);
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response?.Status);
        if (which == "no results")
        {
            await Expect(page.GetByTestId("no-results")).ToBeVisibleAsync();
        }
        else if (which is "results" or "filtered" or "platform")
        {
            await Expect(page.Locator(".search-hits mark").First).ToBeVisibleAsync();
        }

        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        await AccessibilityTests.SaveScreenshotAsync(page, $"search-{which.Replace(' ', '-')}", width.ToString(CultureInfo.InvariantCulture));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task The_synonyms_page_has_no_WCAG_2_1_AA_violations(int width)
    {
        var (context, page) = await browser.NewPageAsync(width: width, height: 800);
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, "admin");
        await AccessibilityTests.GoToAsync(page, "/admin/platform/search/synonyms");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("检索同义词");
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    private static (string Path, int Status) PathOf(string which) => which switch
    {
        "results" => ("/shandong/search?q=%E9%80%9A%E7%9F%A5", 200),
        "no results" => ("/shandong/search?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E6%A0%B7%E7%9A%84%E8%AF%8D%E8%AF%AD", 200),
        "filtered" => ("/shandong/search?q=%E9%80%9A%E7%9F%A5&category=employment&yearFrom=2020&order=date", 200),
        "platform" => ("/search?q=%E9%AB%98%E6%A0%A1%E6%AF%95%E4%B8%9A%E7%94%9F", 200),
        "bad filter" => ("/shandong/search?q=%E9%80%9A%E7%9F%A5&yearFrom=abc&topic=99", 400),
        "form only" => ("/shandong/search", 200),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    // Like PageProblems, but the page's own 400 (a refused search) and the browser's favicon request, which the
    // platform does not serve, are expected.
    private static List<string> WatchProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            var expected = message.Location.Contains("/favicon.ico", StringComparison.Ordinal)
                || (message.Text.Contains("status of 400", StringComparison.Ordinal) && message.Location.Contains("/search?", StringComparison.Ordinal));
            if (message.Type == "error" && !expected)
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    private static async Task<int> TotalAsync(IPage page) =>
        int.Parse((await page.GetByTestId("result-total").TextContentAsync())!, CultureInfo.InvariantCulture);
}
