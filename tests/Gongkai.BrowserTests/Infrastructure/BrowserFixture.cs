using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// One server and one headless system Chromium, shared by every test of the collection; each test opens its own
/// browser context, so cookies (sign-in, text size) never leak from one test to another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/lib/chromium/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public GongkaiServer Server { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been launched.");

    /// <summary>When GONGKAI_SCREENSHOTS names a folder, the layout tests save full-page screenshots there.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("GONGKAI_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    public async ValueTask InitializeAsync()
    {
        Server.Start();
        playwright = await Playwright.CreateAsync();
        // The system Chromium, never a downloaded one; no network traffic of its own during the tests.
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=zh-CN",
            ],
        });
    }

    /// <summary>A fresh browser context (no cookies) whose relative URLs go to the test server.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.RootUri.ToString().TrimEnd('/'),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    /// <summary>A page in a fresh context; disposing the context closes the page.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        return (context, page);
    }

    /// <summary>Sets the large-text cookie the way the 大字版 button does, before any page is loaded.</summary>
    public Task UseLargeTextAsync(IBrowserContext context) =>
        context.AddCookiesAsync(
        [
            new Cookie { Name = Gongkai.Web.Platform.Web.TextSize.CookieName, Value = Gongkai.Web.Platform.Web.TextSize.Large, Url = Server.RootUri.ToString() },
        ]);

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
