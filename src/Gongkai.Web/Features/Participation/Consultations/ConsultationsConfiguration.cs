using Gongkai.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Participation.Consultations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> e)
    {
        e.ToTable("consultations");
        e.HasKey(c => c.Id);
        e.Property(c => c.Title).HasMaxLength(200);
        e.Property(c => c.Summary).HasMaxLength(1000);
        e.Property(c => c.ContactDepartment).HasMaxLength(64);
        e.Property(c => c.ContactPhone).HasMaxLength(32);
        e.Property(c => c.ContactEmail).HasMaxLength(100);
        e.Property(c => c.ReportSummary).HasMaxLength(4000);
        e.HasIndex(c => new { c.AgencyId, c.Status, c.ClosesOn });
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(c => c.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsultationAttachmentConfiguration : IEntityTypeConfiguration<ConsultationAttachment>
{
    public void Configure(EntityTypeBuilder<ConsultationAttachment> e)
    {
        e.ToTable("consultation_attachments");
        e.HasKey(a => a.Id);

        // Created with their id, like history entries: a new file on a tracked consultation is an insert.
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.FileName).HasMaxLength(200);
        e.Property(a => a.ContentType).HasMaxLength(128);
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.Property(a => a.StorageKey).HasMaxLength(128);
        e.Property(a => a.UploadedBy).HasMaxLength(64);
        e.HasIndex(a => a.ConsultationId);
    }
}

internal sealed class ConsultationHistoryEntryConfiguration : IEntityTypeConfiguration<ConsultationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ConsultationHistoryEntry> e)
    {
        e.ToTable("consultation_history_entries");
        e.HasKey(h => h.Id);

        // Entries are created with their id; without this EF takes a new entry on a tracked consultation for an existing row.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.ActorName).HasMaxLength(64);
        e.Property(h => h.Note).HasMaxLength(1000);
        e.HasIndex(h => new { h.ConsultationId, h.At });
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> e)
    {
        e.ToTable("consultation_comments");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Article).HasMaxLength(32);
        e.Property(c => c.Text).HasMaxLength(ConsultationComment.MaxText);
        e.Property(c => c.CommenterName).HasMaxLength(ConsultationComment.MaxName);
        e.Property(c => c.Contact).HasMaxLength(ConsultationComment.MaxContact);
        e.Property(c => c.RefusalReason).HasMaxLength(ConsultationComment.MaxReason);
        e.Property(c => c.ModeratedBy).HasMaxLength(64);
        e.Property(c => c.AnswerReason).HasMaxLength(ConsultationComment.MaxReason);
        e.Property(c => c.AnsweredBy).HasMaxLength(64);
        e.HasIndex(c => new { c.ConsultationId, c.Status, c.SubmittedAt });
        e.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationSettingsConfiguration : IEntityTypeConfiguration<ConsultationSettings>
{
    public void Configure(EntityTypeBuilder<ConsultationSettings> e)
    {
        e.ToTable("consultation_settings");
        e.HasKey(s => s.AgencyId);
        e.HasOne<Agency>().WithOne().HasForeignKey<ConsultationSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
