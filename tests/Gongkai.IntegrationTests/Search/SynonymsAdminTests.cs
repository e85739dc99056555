using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Search;

public sealed class SynonymsAdminTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string List = "/admin/platform/search/synonyms";

    // Made-up words: no demo document holds them, so only the synonym group can make them find anything.
    private const string Nickname = "毕业娃";
    private const string Phrase = "高校毕业生";

    [Fact]
    public async Task A_platform_administrator_adds_edits_and_deletes_a_group_and_search_follows_each_change()
    {
        var admin = await factory.SignInAsync("admin");
        var anonymous = factory.Anonymous();
        var search = $"/api/search?q={Uri.EscapeDataString(Nickname)}&agency=shandong";
        Assert.StartsWith("{\"total\":0,", await anonymous.GetStringAsync(search), StringComparison.Ordinal);

        var added = await admin.PostFormAsync(List, List, new() { ["terms"] = $"{Nickname}、{Phrase}" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{List}?done=added", added.Headers.Location?.OriginalString);
        var list = await admin.GetStringAsync($"{List}?done=added");
        Assert.Contains("同义词组已添加", list, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{Nickname}、{Phrase}</th>", list, StringComparison.Ordinal);

        // The nickname now finds the demo notice about 高校毕业生, and the page says which words it added.
        Assert.DoesNotContain("{\"total\":0,", await anonymous.GetStringAsync(search), StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync($"/shandong/search?q={Uri.EscapeDataString(Nickname)}");
        Assert.Contains($"已同时检索同义词：{Phrase}", page, StringComparison.Ordinal);
        Assert.Contains($"<mark>{Phrase}</mark>", page, StringComparison.Ordinal);

        var id = await IdOfGroupWithAsync(Nickname);
        var edit = $"{List}/{id}";
        Assert.Contains($"value=\"{Nickname}、{Phrase}\"", await admin.GetStringAsync(edit), StringComparison.Ordinal);
        var saved = await admin.PostFormAsync(edit, edit, new() { ["terms"] = $"{Nickname} 大学毕业生" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{List}?done=saved", saved.Headers.Location?.OriginalString);
        Assert.Equal($"{Nickname} 大学毕业生", (await GroupAsync(id))?.Terms);
        var afterEdit = await anonymous.GetStringAsync($"/shandong/search?q={Uri.EscapeDataString(Nickname)}");
        Assert.Contains("已同时检索同义词：大学毕业生", afterEdit, StringComparison.Ordinal);
        Assert.DoesNotContain($"<mark>{Phrase}</mark>", afterEdit, StringComparison.Ordinal);

        // Deleting asks first: the GET only shows the question.
        var delete = $"{List}/{id}/delete";
        var confirm = await admin.GetStringAsync(delete);
        Assert.Contains($"确定要删除同义词组“{Nickname}、大学毕业生”吗？", confirm, StringComparison.Ordinal);
        Assert.Contains("确认删除", confirm, StringComparison.Ordinal);
        Assert.NotNull(await GroupAsync(id));
        var deleted = await admin.PostFormAsync(delete, delete, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"{List}?done=deleted", deleted.Headers.Location?.OriginalString);
        Assert.Null(await GroupAsync(id));
        Assert.StartsWith("{\"total\":0,", await anonymous.GetStringAsync(search), StringComparison.Ordinal);
        Assert.DoesNotContain(Nickname, await admin.GetStringAsync($"{List}?done=deleted"), StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var audit = await factory.Db(scope).AuditEntries.Where(e => e.EntityType == nameof(SynonymGroup)).CountAsync();
        Assert.True(audit >= 3, $"同义词组的添加、修改、删除应记入审计日志，实有 {audit} 条");
    }

    [Theory]
    [InlineData("社会福利", "至少需要两个不同的词")]
    [InlineData("福利 福利", "至少需要两个不同的词")]
    [InlineData("", "至少需要两个不同的词")]
    [InlineData("甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子", "最多10个词")]
    [InlineData("超长 一二三四五六七八九十一二三四五六七八九十一", "超过20个字")]
    [InlineData("社保 社会保障", "已在同义词组“社保、社会保险”中")]
    public async Task Bad_words_are_refused_in_Chinese_and_kept_in_the_form(string terms, string message)
    {
        var admin = await factory.SignInAsync("admin");
        var before = await CountAsync();
        var response = await admin.PostFormAsync(List, List, new() { ["terms"] = terms });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"terms-error\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_edit_that_breaks_the_rules_is_refused_and_leaves_the_group_as_it_was()
    {
        var admin = await factory.SignInAsync("admin");
        var added = await admin.PostFormAsync(List, List, new() { ["terms"] = "蓝鲸卡 鲸鱼证" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await IdOfGroupWithAsync("蓝鲸卡");
        var edit = $"{List}/{id}";
        var response = await admin.PostFormAsync(edit, edit, new() { ["terms"] = "蓝鲸卡" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("同义词组至少需要两个不同的词", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("蓝鲸卡 鲸鱼证", (await GroupAsync(id))?.Terms);
    }

    [Fact]
    public async Task The_seeded_groups_are_listed_and_the_list_can_be_filtered_by_a_word()
    {
        var admin = await factory.SignInAsync("admin");
        var list = await admin.GetStringAsync(List);
        Assert.Contains("<th scope=\"row\">社保、社会保险</th>", list, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/platform/search/synonyms\" aria-current=\"page\">检索同义词</a>", list, StringComparison.Ordinal);

        var filtered = await admin.GetStringAsync($"{List}?q={Uri.EscapeDataString("医疗")}");
        Assert.Contains("<th scope=\"row\">医保、医疗保险</th>", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">社保、社会保险</th>", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_fifty_groups_are_paged()
    {
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            for (var i = 0; i < 55; i++)
            {
                db.Add(new SynonymGroup(Guid.NewGuid(), $"翻页词{i:00}甲 翻页词{i:00}乙", DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var admin = await factory.SignInAsync("admin");
        var first = await admin.GetStringAsync($"{List}?q={Uri.EscapeDataString("翻页词")}");
        Assert.Contains("（共55组）", first, StringComparison.Ordinal);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(first, "<th scope=\"row\">翻页词").Count);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        var second = await admin.GetStringAsync($"{List}?q={Uri.EscapeDataString("翻页词")}&page=2");
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(second, "<th scope=\"row\">翻页词").Count);
    }

    [Fact]
    public async Task An_agency_administrator_and_an_anonymous_visitor_are_refused()
    {
        var id = await IdOfGroupWithAsync("社保");
        var agencyAdmin = await factory.SignInAsync("shandong-agencyadmin");
        foreach (var url in new[] { List, $"{List}/{id}", $"{List}/{id}/delete" })
        {
            var get = await agencyAdmin.GetAsync(url);
            Assert.True(IsDenied(get), $"GET {url} → {(int)get.StatusCode}");
            var post = await agencyAdmin.PostFormAsync("/admin/shandong", url, new() { ["terms"] = "甲乙 丙丁" });
            Assert.True(IsDenied(post), $"POST {url} → {(int)post.StatusCode}");

            var anonymous = await factory.Anonymous().GetAsync(url);
            Assert.Contains("/account/sign-in", anonymous.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }

        Assert.NotNull(await GroupAsync(id));
        Assert.DoesNotContain("检索同义词", await agencyAdmin.GetStringAsync("/admin/shandong"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_group_is_not_found()
    {
        var admin = await factory.SignInAsync("admin");
        var missing = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{List}/{missing}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{List}/{missing}/delete")).StatusCode);
        var post = await admin.PostFormAsync(List, $"{List}/{missing}/delete", []);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));

    private async Task<Guid> IdOfGroupWithAsync(string word)
    {
        await using var scope = factory.Scope();
        var groups = await factory.Db(scope).Set<SynonymGroup>().AsNoTracking().ToListAsync();
        return groups.Single(g => g.TermList.Contains(word)).Id;
    }

    private async Task<SynonymGroup?> GroupAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<SynonymGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<SynonymGroup>().CountAsync();
    }
}
