using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Cli;

/// <summary>
/// Creates the first platform administrator of a production deployment, which starts with no account at all:
/// create-admin --user NAME --agency-code CODE --agency-name 全称 [--password PW] (password read from GONGKAI_ADMIN_PASSWORD or standard input when omitted).
/// </summary>
internal static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options)
    {
        if (!options.TryGetValue("user", out var userName) || !options.TryGetValue("agency-code", out var agencyCode))
        {
            await Console.Error.WriteLineAsync("用法：create-admin --user 用户名 --agency-code 机关代码 [--agency-name 机关全称] [--password 密码]");
            return 2;
        }

        var password = options.GetValueOrDefault("password")
            ?? Environment.GetEnvironmentVariable("GONGKAI_ADMIN_PASSWORD")
            ?? await Console.In.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("请提供密码（--password、环境变量 GONGKAI_ADMIN_PASSWORD 或标准输入）。");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        // All or nothing: a refused password must not leave a new agency behind.
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            var code = AgencyCode.Normalize(agencyCode);
            var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == code);
            if (agency is null)
            {
                var name = options.GetValueOrDefault("agency-name")
                    ?? throw new DomainException($"机关“{code}”不存在，请用 --agency-name 提供机关全称以创建它。");
                agency = new Agency(Guid.NewGuid(), code, name, name, AgencyLevel.Province, null);
                db.Agencies.Add(agency);
                await db.SaveChangesAsync();
            }

            var user = new StaffUser { Id = Guid.NewGuid(), UserName = userName, DisplayName = "平台管理员", AgencyId = agency.Id, LockoutEnabled = true };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
                return 1;
            }

            db.RoleGrants.Add(new RoleGrant(user.Id, agency.Id, StaffRole.PlatformAdmin));
            db.RoleGrants.Add(new RoleGrant(user.Id, agency.Id, StaffRole.AgencyAdmin));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            Console.WriteLine($"已创建平台管理员 {userName}（所属机关：{agency.FullName}）。");
            return 0;
        }
        catch (DomainException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
