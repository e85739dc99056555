using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>
/// Demo agencies, departments and one account per role, created only when Demo:Enabled is true (the default
/// `dotnet run`). Idempotent: what exists already is left alone.
/// </summary>
public sealed class DemoData(GongkaiDbContext db, IPasswordHasher<StaffUser> hasher, TimeProvider time)
{
    public const string Password = "gongkai2026demo";
    public const string PlatformAdminUserName = "admin";

    public static string UserName(string agencyCode, string role) => $"{agencyCode}-{role.ToLowerInvariant()}";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Agencies.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var demo in DemoAgencies.All.Where(d => !existing.Contains(d.Id)))
        {
            var agency = new Agency(demo.Id, demo.Code, demo.FullName, demo.ShortName, demo.Level, null);
            agency.MoveUnder(null, DemoAgencies.All.ToList().IndexOf(demo));
            agency.UpdateContact(demo.Contact);
            db.Agencies.Add(agency);
            var order = 0;
            foreach (var name in DemoAgencies.DepartmentNames)
            {
                db.Departments.Add(new Department(Guid.NewGuid(), demo.Id, DemoAgencies.DepartmentName(name, demo.Level), order++));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var userNames = await db.Users.Select(u => u.UserName).ToListAsync(cancellationToken);
        var hash = (string?)null;
        var home = DemoAgencies.All[0];
        if (!userNames.Contains(PlatformAdminUserName))
        {
            AddUser(PlatformAdminUserName, "平台管理员", home.Id, StaffRole.PlatformAdmin, ref hash);
        }

        foreach (var demo in DemoAgencies.All)
        {
            foreach (var role in StaffRole.AgencyRoles)
            {
                var name = UserName(demo.Code, role);
                if (!userNames.Contains(name))
                {
                    AddUser(name, $"{demo.ShortName}{StaffRole.ToChinese(role)}", demo.Id, role, ref hash);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await new DemoDocuments(db).EnsureAsync(cancellationToken);
        await new DemoApplications(db, time).EnsureAsync(cancellationToken);
        await new DemoInterpretations(db).EnsureAsync(cancellationToken);
        await new DemoParticipation(db, time).EnsureAsync(cancellationToken);
        await new DemoAnnualReports(db, time).EnsureAsync(cancellationToken);
    }

    private void AddUser(string userName, string displayName, Guid agencyId, string role, ref string? hash)
    {
        var user = new StaffUser
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = displayName,
            AgencyId = agencyId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };

        // Hashing is deliberately slow; all demo accounts share one password, so hash it once.
        hash ??= hasher.HashPassword(user, Password);
        user.PasswordHash = hash;
        db.Users.Add(user);
        db.RoleGrants.Add(new RoleGrant(user.Id, agencyId, role));
    }
}

public static class DemoDataModule
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Demo:Enabled", false))
        {
            services.AddScoped<DemoData>();
        }

        return services;
    }
}
