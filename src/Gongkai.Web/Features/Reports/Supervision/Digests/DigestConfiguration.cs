using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

internal sealed class DigestConfiguration : IEntityTypeConfiguration<SupervisionDigest>
{
    public void Configure(EntityTypeBuilder<SupervisionDigest> e)
    {
        e.ToTable("supervision_digests");
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).ValueGeneratedNever();
        e.Property(d => d.EmailTo).HasMaxLength(SupervisionDigest.MaxEmail);
        e.Property(d => d.EmailError).HasMaxLength(SupervisionDigest.MaxError);
        e.HasIndex(d => new { d.RecipientId, d.DigestDate }).IsUnique();
        e.HasIndex(d => new { d.AgencyId, d.DigestDate });
        e.HasOne<StaffUser>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
