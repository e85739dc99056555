using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Platform.Persistence;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> e)
    {
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.Code).IsUnique();
        e.Property(a => a.Code).HasMaxLength(32);
        e.Property(a => a.FullName).HasMaxLength(128);
        e.Property(a => a.ShortName).HasMaxLength(64);
        e.Property(a => a.CreditCode).HasMaxLength(18);
        e.Property(a => a.Address).HasMaxLength(256);
        e.Property(a => a.Phone).HasMaxLength(64);
        e.Property(a => a.OfficeHours).HasMaxLength(256);
        e.Property(a => a.DisclosureOfficeContact).HasMaxLength(256);
        e.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.HasKey(d => d.Id);
        e.Property(d => d.Name).HasMaxLength(64);
        e.HasIndex(d => new { d.AgencyId, d.Name }).IsUnique();
        e.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> e)
    {
        e.HasKey(g => g.Id);
        e.Property(g => g.Role).HasMaxLength(32);
        e.HasIndex(g => new { g.UserId, g.AgencyId, g.Role }).IsUnique();
        e.HasOne<StaffUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasKey(a => a.Id);
        e.Property(a => a.ActorName).HasMaxLength(64);
        e.Property(a => a.Action).HasMaxLength(512);
        e.Property(a => a.EntityType).HasMaxLength(64);
        e.Property(a => a.EntityId).HasMaxLength(128);
        e.Property(a => a.Operation).HasMaxLength(8);
        e.HasIndex(a => new { a.AgencyId, a.At });
    }
}

internal sealed class CalendarArrangementConfiguration : IEntityTypeConfiguration<CalendarArrangement>
{
    public void Configure(EntityTypeBuilder<CalendarArrangement> e)
    {
        e.HasKey(a => a.Date);
        e.Property(a => a.Name).HasMaxLength(32);
        e.Property(a => a.AddedBy).HasMaxLength(64);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> e)
    {
        e.HasKey(y => y.Year);
        e.Property(y => y.Year).ValueGeneratedNever();
        e.Property(y => y.ConfirmedBy).HasMaxLength(64);
    }
}
