using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Platform.Cli;
using Gongkai.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Platform;

public sealed class DemoDeploymentTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Loading_the_demo_data_again_duplicates_nothing()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var before = (await db.Agencies.CountAsync(), await db.Departments.CountAsync(), await db.Users.CountAsync(), await db.RoleGrants.CountAsync());

        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();

        var after = (await db.Agencies.CountAsync(), await db.Departments.CountAsync(), await db.Users.CountAsync(), await db.RoleGrants.CountAsync());
        Assert.Equal(before, after);
        Assert.Equal(5, after.Item1);
        Assert.Equal(1 + (5 * 7), after.Item3);
    }

    [Fact]
    public async Task Every_demo_account_of_the_README_can_sign_in()
    {
        foreach (var userName in new[] { DemoData.PlatformAdminUserName, "shandong-agencyadmin", "beijing-drafter", "zhenjiang-officereviewer", "shanghai-confidentialityreviewer", "hunjiang-disclosureofficer" })
        {
            var client = await factory.SignInAsync(userName);
            var response = await client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }
}

public sealed class ProductionDeploymentTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task A_production_deployment_starts_without_any_account_and_its_first_admin_is_created_by_command()
    {
        _ = factory.Services;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.Agencies.CountAsync());
        }

        var refused = await factory.Anonymous().PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["userName"] = DemoData.PlatformAdminUserName, ["password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var exit = await CreateAdminCommand.RunAsync(factory.Services, new Dictionary<string, string>
        {
            ["user"] = "root-admin",
            ["agency-code"] = "jilin",
            ["agency-name"] = "吉林省人力资源和社会保障厅",
            ["password"] = "firstadmin2026",
        });
        Assert.Equal(0, exit);

        var admin = await factory.SignInAsync("root-admin", "firstadmin2026");
        var agencies = await admin.GetAsync("/admin/jilin");
        Assert.Equal(HttpStatusCode.OK, agencies.StatusCode);
    }

    [Fact]
    public async Task Create_admin_refuses_a_weak_password()
    {
        var exit = await CreateAdminCommand.RunAsync(factory.Services, new Dictionary<string, string>
        {
            ["user"] = "weak-admin",
            ["agency-code"] = "weakagency",
            ["agency-name"] = "测试机关",
            ["password"] = "123",
        });
        Assert.Equal(1, exit);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Users.AnyAsync(u => u.UserName == "weak-admin"));
    }
}
