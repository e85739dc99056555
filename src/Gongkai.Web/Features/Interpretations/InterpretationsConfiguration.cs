using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Interpretations;

internal sealed class InterpretationConfiguration : IEntityTypeConfiguration<Interpretation>
{
    public void Configure(EntityTypeBuilder<Interpretation> e)
    {
        e.ToTable("interpretations");
        e.HasKey(i => i.Id);
        e.Property(i => i.Title).HasMaxLength(Interpretation.MaxTitle);
        e.Property(i => i.DrafterName).HasMaxLength(64);
        e.Property(i => i.MediaUrl).HasMaxLength(Interpretation.MaxMediaUrl);
        e.Property(i => i.WithdrawnReason).HasMaxLength(1000);
        e.HasIndex(i => new { i.AgencyId, i.Status, i.PublishedAt });
        e.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(i => i.History).WithOne().HasForeignKey(h => h.InterpretationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(i => i.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(i => i.Questions).WithOne().HasForeignKey(q => q.InterpretationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(i => i.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(i => i.Documents).WithOne().HasForeignKey(d => d.InterpretationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(i => i.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InterpretationHistoryEntryConfiguration : IEntityTypeConfiguration<InterpretationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<InterpretationHistoryEntry> e)
    {
        e.ToTable("interpretation_history_entries");
        e.HasKey(h => h.Id);

        // Entries are created with their id; without this EF takes a new entry on a tracked interpretation for an existing row.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.ActorName).HasMaxLength(64);
        e.Property(h => h.Note).HasMaxLength(1000);
        e.HasIndex(h => new { h.InterpretationId, h.At });
    }
}

internal sealed class InterpretationQuestionConfiguration : IEntityTypeConfiguration<InterpretationQuestion>
{
    public void Configure(EntityTypeBuilder<InterpretationQuestion> e)
    {
        e.ToTable("interpretation_questions");
        e.HasKey(q => q.Id);
        e.Property(q => q.Id).ValueGeneratedNever();
        e.Property(q => q.Question).HasMaxLength(Interpretation.MaxQuestion);
        e.Property(q => q.Answer).HasMaxLength(Interpretation.MaxAnswer);
        e.HasIndex(q => new { q.InterpretationId, q.SortOrder });
    }
}

internal sealed class InterpretedDocumentConfiguration : IEntityTypeConfiguration<InterpretedDocument>
{
    public void Configure(EntityTypeBuilder<InterpretedDocument> e)
    {
        e.ToTable("interpreted_documents");
        e.HasKey(d => new { d.InterpretationId, d.DocumentId });
        e.HasIndex(d => d.DocumentId);
        e.HasOne<Document>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
