using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Publications.Staff.DocumentSteps;

namespace Gongkai.IntegrationTests.Publications.Staff;

/// <summary>An agency's publication settings: the index-number pattern, the review interval, the guide and the catalog tree.</summary>
public sealed class PublicationSettingsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "hunjiang";
    private const string Settings = "/admin/hunjiang/manage/publications";
    private const string Catalog = "/admin/hunjiang/manage/publications/catalog";
    private readonly DocumentSteps steps = new(factory);

    [Fact]
    public async Task The_index_number_pattern_and_review_interval_are_changed_and_a_pattern_without_a_serial_is_refused()
    {
        var admin = await factory.SignInAsync($"{Agency}-agencyadmin");
        Assert.Contains("value=\"{credit}/{year}-{serial:00000}\"", await admin.GetStringAsync(Settings), StringComparison.Ordinal);

        var refused = await admin.PostFormAsync(Settings, $"{Settings}?handler=Settings", new() { ["indexNumberPattern"] = "{credit}/{year}", ["reviewIntervalMonths"] = "6" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("索引号规则必须包含 {year} 和 {serial:00000}，以保证唯一。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"{credit}/{year}\"", html, StringComparison.Ordinal);

        var badInterval = await admin.PostFormAsync(Settings, $"{Settings}?handler=Settings", new() { ["indexNumberPattern"] = "{credit}/{year}-{serial:00000}", ["reviewIntervalMonths"] = "一年" });
        Assert.Contains("定期审查间隔应为1至60之间的整数（月）。", await badInterval.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(Settings, $"{Settings}?handler=Settings", new() { ["indexNumberPattern"] = "{code}-{year}-{serial:0000}", ["reviewIntervalMonths"] = "6" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
        var settings = await db.Set<PublicationSettings>().SingleAsync(s => s.AgencyId == agencyId);
        Assert.Equal("{code}-{year}-{serial:0000}", settings.IndexNumberPattern);
        Assert.Equal(6, settings.ReviewIntervalMonths);
    }

    [Fact]
    public async Task The_guide_is_saved_sanitized()
    {
        var admin = await factory.SignInAsync($"{Agency}-agencyadmin");
        var saved = await admin.PostFormAsync(Settings, $"{Settings}?handler=Guide", new() { ["guideHtml"] = "<h2>一、主动公开</h2><p onmouseover=\"x()\">本机关主动公开政府信息。</p><script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
        Assert.Equal("<h2>一、主动公开</h2><p>本机关主动公开政府信息。</p>", (await db.Set<PublicationSettings>().SingleAsync(s => s.AgencyId == agencyId)).GuideHtml);
    }

    [Fact]
    public async Task A_category_is_added_under_another_renamed_reordered_and_deleted_after_confirmation()
    {
        var admin = await factory.SignInAsync($"{Agency}-agencyadmin");
        var parent = await CategoryAsync("employment");
        var added = await admin.PostFormAsync(Catalog, Catalog, new() { ["name"] = "创业担保贷款", ["slug"] = "startup-loans", ["parentId"] = parent.Id.ToString(), ["sortOrder"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var child = await CategoryAsync("startup-loans");
        Assert.Equal(parent.Id, child.ParentId);
        Assert.Contains("创业担保贷款", await admin.GetStringAsync(Catalog), StringComparison.Ordinal);

        var duplicate = await admin.PostFormAsync(Catalog, Catalog, new() { ["name"] = "重复代码", ["slug"] = "startup-loans", ["parentId"] = "", ["sortOrder"] = "" });
        Assert.Contains("本机关已有目录代码为“startup-loans”的目录，请换一个。", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var edit = $"{Catalog}/{child.Id}";
        var renamed = await admin.PostFormAsync(edit, edit, new() { ["name"] = "创业担保贷款政策", ["slug"] = "startup-loans", ["parentId"] = parent.Id.ToString(), ["sortOrder"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("创业担保贷款政策", (await CategoryAsync("startup-loans")).Name);

        var underItself = await admin.PostFormAsync($"{Catalog}/{parent.Id}", $"{Catalog}/{parent.Id}", new() { ["name"] = parent.Name, ["slug"] = parent.Slug, ["parentId"] = child.Id.ToString(), ["sortOrder"] = "0" });
        Assert.Contains("目录不能移到它自己或它的下级目录之下。", await underItself.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = await CategoryAsync("laws");
        var moved = await admin.PostFormAsync(Catalog, $"{Catalog}?handler=Move&categoryId={second.Id}&up=true", []);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.True((await CategoryAsync("laws")).SortOrder < (await CategoryAsync("organization")).SortOrder);

        var parentDelete = await admin.GetStringAsync($"{Catalog}/{parent.Id}/delete");
        Assert.Contains("不能删除", parentDelete, StringComparison.Ordinal);
        var confirm = await admin.GetStringAsync($"{edit}/delete");
        Assert.Contains("确定要删除目录“创业担保贷款政策”吗", confirm, StringComparison.Ordinal);
        var deleted = await admin.PostFormAsync($"{edit}/delete", $"{edit}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<CatalogCategory>().AnyAsync(c => c.Id == child.Id));
    }

    [Fact]
    public async Task A_category_that_has_documents_cannot_be_deleted()
    {
        var admin = await factory.SignInAsync($"{Agency}-agencyadmin");
        await admin.PostFormAsync(Catalog, Catalog, new() { ["name"] = "人事任免", ["slug"] = "appointments", ["parentId"] = "", ["sortOrder"] = "" });
        var category = await CategoryAsync("appointments");
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        await steps.DraftAsync(drafter, Agency, "人事任免目录下的草稿", f => f["categoryId"] = category.Id.ToString());

        var delete = $"{Catalog}/{category.Id}/delete";
        var response = await admin.PostFormAsync(delete, delete, []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("目录“人事任免”下还有1份文件（含草稿和已撤回的文件），不能删除。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Set<CatalogCategory>().AnyAsync(c => c.Id == category.Id));
    }

    [Fact]
    public async Task Only_the_agency_administrator_reaches_the_settings_and_another_agencys_category_is_not_found()
    {
        var drafter = await factory.SignInAsync($"{Agency}-drafter");
        var refused = await drafter.GetAsync(Settings);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var category = await CategoryAsync("notices");
        var stranger = await factory.SignInAsync("beijing-agencyadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/beijing/manage/publications/catalog/{category.Id}")).StatusCode);
        var delete = $"/admin/beijing/manage/publications/catalog/{category.Id}/delete";
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/admin/beijing/manage/publications/catalog", delete, [])).StatusCode);
    }

    private async Task<CatalogCategory> CategoryAsync(string slug)
    {
        _ = await steps.CategoryIdAsync(Agency);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
        return await db.Set<CatalogCategory>().AsNoTracking().SingleAsync(c => c.AgencyId == agencyId && c.Slug == slug);
    }
}
