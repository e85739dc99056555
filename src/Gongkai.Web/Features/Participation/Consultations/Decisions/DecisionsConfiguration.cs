using Gongkai.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

internal sealed class MajorDecisionConfiguration : IEntityTypeConfiguration<MajorDecision>
{
    public void Configure(EntityTypeBuilder<MajorDecision> e)
    {
        e.ToTable("major_decisions");
        e.HasKey(d => d.Id);
        e.Property(d => d.Title).HasMaxLength(200);
        e.Property(d => d.Department).HasMaxLength(64);
        e.Property(d => d.PlannedTime).HasMaxLength(64);
        e.Property(d => d.DocumentIndexNumber).HasMaxLength(64);
        e.Property(d => d.UpdatedBy).HasMaxLength(64);
        e.HasIndex(d => new { d.AgencyId, d.Year });
        e.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Consultation>().WithMany().HasForeignKey(d => d.ConsultationId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.DecisionId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(d => d.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MajorDecisionStepConfiguration : IEntityTypeConfiguration<MajorDecisionStep>
{
    public void Configure(EntityTypeBuilder<MajorDecisionStep> e)
    {
        e.ToTable("major_decision_steps");
        e.HasKey(s => new { s.DecisionId, s.Step });
        e.Property(s => s.Reason).HasMaxLength(500);
    }
}
