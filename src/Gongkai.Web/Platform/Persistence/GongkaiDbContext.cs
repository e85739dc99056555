using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Persistence;

public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options)
    : IdentityUserContext<StaffUser, Guid>(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CalendarArrangement> CalendarArrangements => Set<CalendarArrangement>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().ToTable("staff_users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("staff_user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("staff_user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("staff_user_tokens");
        builder.Entity<StaffUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(64);
            e.HasIndex(u => u.AgencyId);
        });
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
