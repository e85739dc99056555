using Gongkai.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Reports.AnnualReports;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> e)
    {
        e.ToTable("annual_reports");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.OverviewHtml).HasMaxLength(AnnualReport.MaxNarrative);
        e.Property(r => r.ProactiveIntro).HasMaxLength(2000);
        e.Property(r => r.ApplicationsIntro).HasMaxLength(2000);
        e.Property(r => r.ChallengesIntro).HasMaxLength(2000);
        e.Property(r => r.ProblemsHtml).HasMaxLength(AnnualReport.MaxNarrative);
        e.Property(r => r.OtherHtml).HasMaxLength(AnnualReport.MaxNarrative);
        e.Property(r => r.FiguresJson).HasMaxLength(8000);
        e.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        e.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Ignore(r => r.Figures);
        e.Ignore(r => r.CrossCheck);
    }
}

internal sealed class AnnualReportHistoryEntryConfiguration : IEntityTypeConfiguration<AnnualReportHistoryEntry>
{
    public void Configure(EntityTypeBuilder<AnnualReportHistoryEntry> e)
    {
        e.ToTable("annual_report_history_entries");
        e.HasKey(h => h.Id);

        // Entries are created with their id; without this EF takes a new entry on a tracked report for an existing row.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.ActorName).HasMaxLength(64);
        e.Property(h => h.Note).HasMaxLength(1000);
        e.HasIndex(h => new { h.ReportId, h.At });
    }
}
