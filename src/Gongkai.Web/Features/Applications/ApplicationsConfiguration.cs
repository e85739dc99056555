using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Challenges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> e)
    {
        e.ToTable("applications");
        e.HasKey(a => a.Id);
        e.Property(a => a.Number).HasMaxLength(32);
        e.Property(a => a.QueryCodeHash).HasMaxLength(64);
        e.Property(a => a.ApplicantName).HasMaxLength(100);
        e.Property(a => a.IdNumber).HasMaxLength(32);
        e.Property(a => a.CreditCode).HasMaxLength(18);
        e.Property(a => a.LegalRepresentative).HasMaxLength(50);
        e.Property(a => a.ContactName).HasMaxLength(50);
        e.Property(a => a.Phone).HasMaxLength(32);
        e.Property(a => a.Email).HasMaxLength(100);
        e.Property(a => a.Address).HasMaxLength(200);
        e.Property(a => a.PostalCode).HasMaxLength(6);
        e.Property(a => a.ApplicantKey).HasMaxLength(48);
        e.Property(a => a.Description).HasMaxLength(ApplicationInputCheck.MaxDescription);
        e.Property(a => a.DocumentTitle).HasMaxLength(200);
        e.Property(a => a.DocumentNumber).HasMaxLength(64);
        e.Property(a => a.SupplementRequest).HasMaxLength(2000);
        e.Property(a => a.SupplementText).HasMaxLength(ApplicationInputCheck.MaxDescription);
        e.Property(a => a.DepartmentName).HasMaxLength(64);
        e.Property(a => a.HandlerName).HasMaxLength(64);
        e.Property(a => a.ExtensionReason).HasMaxLength(1000);
        e.Property(a => a.ExtensionApprover).HasMaxLength(64);
        e.Property(a => a.FeeAmount).HasPrecision(12, 2);
        e.Property(a => a.DecisionReason).HasMaxLength(4000);
        e.Property(a => a.WithheldParts).HasMaxLength(2000);
        e.Property(a => a.ReplyDetails).HasMaxLength(2000);
        e.Property(a => a.ReplyNumber).HasMaxLength(64);
        e.Property(a => a.ServiceReceiptSigner).HasMaxLength(50);
        e.Property(a => a.ArchiveNote).HasMaxLength(1000);
        e.Property(a => a.DiscardReason).HasMaxLength(1000);
        e.HasIndex(a => new { a.AgencyId, a.Number }).IsUnique();
        e.HasIndex(a => new { a.AgencyId, a.Status, a.ReplyDueOn });
        e.HasIndex(a => new { a.AgencyId, a.ApplicantKey });
        e.HasIndex(a => new { a.AgencyId, a.SubmittedAt });
        e.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(a => a.Consultations).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(a => a.Consultations).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Ignore(a => a.OpenConsultation);
    }
}

internal sealed class ApplicationHistoryEntryConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> e)
    {
        e.ToTable("application_history_entries");
        e.HasKey(h => h.Id);

        // Entries are created with their id; without this EF takes a new entry on a tracked case for an existing row.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.ActorName).HasMaxLength(64);
        e.Property(h => h.Note).HasMaxLength(1000);
        e.HasIndex(h => new { h.ApplicationId, h.At });
    }
}

internal sealed class ApplicationConsultationConfiguration : IEntityTypeConfiguration<ApplicationConsultation>
{
    public void Configure(EntityTypeBuilder<ApplicationConsultation> e)
    {
        e.ToTable("application_consultations");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.PartyName).HasMaxLength(100);
        e.Property(c => c.Matter).HasMaxLength(1000);
        e.Property(c => c.Answer).HasMaxLength(2000);
        e.HasIndex(c => c.ApplicationId);
        e.Ignore(c => c.IsOpen);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> e)
    {
        e.ToTable("application_challenges");
        e.HasKey(c => c.Id);
        e.Property(c => c.Body).HasMaxLength(100);
        e.Property(c => c.CaseNumber).HasMaxLength(64);
        e.Property(c => c.ResultNote).HasMaxLength(1000);
        e.HasIndex(c => c.ApplicationId);
        e.HasIndex(c => new { c.AgencyId, c.FiledOn });
        e.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationSettingsConfiguration : IEntityTypeConfiguration<ApplicationSettings>
{
    public void Configure(EntityTypeBuilder<ApplicationSettings> e)
    {
        e.ToTable("application_settings");
        e.HasKey(s => s.AgencyId);
        e.Property(s => s.ReviewBody).HasMaxLength(100);
        e.Property(s => s.Court).HasMaxLength(100);
        e.Property(s => s.LetterPrefix).HasMaxLength(32);
        e.HasOne<Agency>().WithOne().HasForeignKey<ApplicationSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationCounterConfiguration : IEntityTypeConfiguration<ApplicationCounter>
{
    public void Configure(EntityTypeBuilder<ApplicationCounter> e)
    {
        e.ToTable("application_counters");
        e.HasKey(c => new { c.AgencyId, c.Year, c.Kind });
        e.Property(c => c.LastSerial).IsConcurrencyToken();
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
