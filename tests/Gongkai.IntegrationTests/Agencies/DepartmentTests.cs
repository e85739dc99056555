using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Agencies;

public sealed class DepartmentTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string List = "/admin/beijing/manage/departments";

    private async Task<Guid> DepartmentIdAsync(string agencyCode, string name)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        return await db.Departments.Where(d => d.AgencyId == agency.Id && d.Name == name).Select(d => d.Id).SingleAsync();
    }

    [Fact]
    public async Task The_list_shows_only_the_agencys_own_departments()
    {
        var client = await factory.SignInAsync("hunjiang-agencyadmin");
        var html = await client.GetStringAsync("/admin/hunjiang/manage/departments");
        Assert.Contains("<table class=\"data\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("政策法规股", html, StringComparison.Ordinal);
        Assert.DoesNotContain("政策法规处", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_is_added_renamed_and_deleted_after_confirmation()
    {
        var client = await factory.SignInAsync("beijing-agencyadmin");
        var added = await client.PostFormAsync(List, List, new() { ["name"] = "数据管理处", ["sortOrder"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("数据管理处", await client.GetStringAsync(List), StringComparison.Ordinal);

        var id = await DepartmentIdAsync("beijing", "数据管理处");
        var edit = $"{List}/{id}";
        var renamed = await client.PostFormAsync(edit, edit, new() { ["name"] = "数据资源处", ["sortOrder"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var afterRename = await client.GetStringAsync(List);
        Assert.Contains("数据资源处", afterRename, StringComparison.Ordinal);
        Assert.DoesNotContain("数据管理处", afterRename, StringComparison.Ordinal);

        var confirm = await client.GetStringAsync($"{edit}/delete");
        Assert.Contains("确定要删除处室“数据资源处”吗", confirm, StringComparison.Ordinal);
        Assert.Contains(">确认删除</button>", confirm, StringComparison.Ordinal);
        await using (var scope = factory.Scope())
        {
            Assert.True(await factory.Db(scope).Departments.AnyAsync(d => d.Id == id), "showing the confirmation deletes nothing");
        }

        var deleted = await client.PostFormAsync($"{edit}/delete", $"{edit}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("数据资源处", await client.GetStringAsync(List), StringComparison.Ordinal);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Assert.False(await db.Departments.AnyAsync(d => d.Id == id));
            var operations = await db.AuditEntries.Where(e => e.EntityType == "Department" && e.EntityId == id.ToString())
                .Select(e => e.Operation).ToListAsync();
            Assert.Equal(new[] { "新增", "修改", "删除" }.Order(StringComparer.Ordinal), operations.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_in_Chinese_and_kept_in_the_form()
    {
        var client = await factory.SignInAsync("beijing-agencyadmin");
        var response = await client.PostFormAsync(List, List, new() { ["name"] = "办公室", ["sortOrder"] = "3" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("本机关已有名为“办公室”的处室。", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"name\" name=\"name\" value=\"办公室\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_sort_order_is_refused_in_Chinese()
    {
        var client = await factory.SignInAsync("beijing-agencyadmin");
        var response = await client.PostFormAsync(List, List, new() { ["name"] = "排序测试处", ["sortOrder"] = "第一" });
        Assert.Contains("排序号应为0至9999之间的整数。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_department_that_staff_still_belong_to_is_refused()
    {
        var id = await DepartmentIdAsync("beijing", "劳动关系处");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var user = await db.Users.SingleAsync(u => u.UserName == "beijing-handler");
            user.DepartmentId = id;
            await db.SaveChangesAsync();
        }

        var client = await factory.SignInAsync("beijing-agencyadmin");
        var delete = $"{List}/{id}/delete";
        var confirm = await client.GetStringAsync(delete);
        Assert.Contains("该处室还有 1 名工作人员", confirm, StringComparison.Ordinal);

        var response = await client.PostFormAsync(List, delete, []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("“劳动关系处”还有1名工作人员，请先把他们调到其他处室，再删除该处室。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = factory.Scope())
        {
            Assert.True(await factory.Db(scope).Departments.AnyAsync(d => d.Id == id));
        }
    }

    [Fact]
    public async Task Another_agencys_department_cannot_be_renamed_or_deleted_through_ones_own_agency()
    {
        var shandongOffice = await DepartmentIdAsync("shandong", "办公室");
        var client = await factory.SignInAsync("beijing-agencyadmin");

        var rename = await client.PostFormAsync(List, $"{List}/{shandongOffice}", new() { ["name"] = "被篡改的处室", ["sortOrder"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        var delete = await client.PostFormAsync(List, $"{List}/{shandongOffice}/delete", []);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);

        await using var scope = factory.Scope();
        var department = await factory.Db(scope).Departments.SingleAsync(d => d.Id == shandongOffice);
        Assert.Equal("办公室", department.Name);
    }
}
