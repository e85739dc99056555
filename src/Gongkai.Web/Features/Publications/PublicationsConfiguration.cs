using Gongkai.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Publications;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> e)
    {
        e.ToTable("documents");
        e.HasKey(d => d.Id);
        e.Property(d => d.Title).HasMaxLength(200);
        e.Property(d => d.DocumentNumber).HasMaxLength(64);
        e.Property(d => d.IssuerCode).HasMaxLength(48);
        e.Property(d => d.CoIssuers).HasMaxLength(512);
        e.Property(d => d.TopicCode).HasMaxLength(8);
        e.Property(d => d.Genre).HasMaxLength(16);
        e.Property(d => d.Summary).HasMaxLength(2000);
        e.Property(d => d.Keywords).HasMaxLength(256);
        e.Property(d => d.AttributeReason).HasMaxLength(1000);
        e.Property(d => d.AttributeGround).HasMaxLength(32);
        e.Property(d => d.IndexNumber).HasMaxLength(64);
        e.Property(d => d.ConfidentialityReviewerName).HasMaxLength(64);
        e.Property(d => d.WithdrawnReason).HasMaxLength(1000);
        e.HasIndex(d => d.IndexNumber).IsUnique();
        e.HasIndex(d => new { d.AgencyId, d.Status, d.PublishedAt });
        e.HasIndex(d => new { d.AgencyId, d.Status, d.PublishedOn });
        e.HasIndex(d => new { d.AgencyId, d.CategoryId, d.Status });
        e.HasIndex(d => new { d.IssuerCode, d.NumberYear, d.NumberSerial });
        e.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CatalogCategory>().WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(d => d.History).WithOne().HasForeignKey(h => h.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(d => d.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DocumentHistoryEntryConfiguration : IEntityTypeConfiguration<DocumentHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DocumentHistoryEntry> e)
    {
        e.ToTable("document_history_entries");
        e.HasKey(h => h.Id);

        // Entries are created with their id; without this EF takes a new entry on a tracked document for an existing row.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.ActorName).HasMaxLength(64);
        e.Property(h => h.Note).HasMaxLength(1000);
        e.HasIndex(h => new { h.DocumentId, h.At });
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> e)
    {
        e.ToTable("document_versions");
        e.HasKey(v => v.Id);
        e.Property(v => v.Title).HasMaxLength(200);
        e.Property(v => v.Summary).HasMaxLength(2000);
        e.Property(v => v.Reason).HasMaxLength(1000);
        e.HasIndex(v => new { v.DocumentId, v.Version }).IsUnique();
        e.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>
{
    public void Configure(EntityTypeBuilder<DocumentAttachment> e)
    {
        e.ToTable("document_attachments");
        e.HasKey(a => a.Id);
        e.Property(a => a.FileName).HasMaxLength(200);
        e.Property(a => a.ContentType).HasMaxLength(128);
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.Property(a => a.StorageKey).HasMaxLength(128);
        e.HasIndex(a => a.DocumentId);
        e.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CatalogCategoryConfiguration : IEntityTypeConfiguration<CatalogCategory>
{
    public void Configure(EntityTypeBuilder<CatalogCategory> e)
    {
        e.ToTable("catalog_categories");
        e.HasKey(c => c.Id);
        e.Property(c => c.Name).HasMaxLength(32);
        e.Property(c => c.Slug).HasMaxLength(48);
        e.HasIndex(c => new { c.AgencyId, c.Slug }).IsUnique();
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CatalogCategory>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicationSettingsConfiguration : IEntityTypeConfiguration<PublicationSettings>
{
    public void Configure(EntityTypeBuilder<PublicationSettings> e)
    {
        e.ToTable("publication_settings");
        e.HasKey(s => s.AgencyId);
        e.Property(s => s.IndexNumberPattern).HasMaxLength(128);
        e.HasOne<Agency>().WithOne().HasForeignKey<PublicationSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndexNumberCounterConfiguration : IEntityTypeConfiguration<IndexNumberCounter>
{
    public void Configure(EntityTypeBuilder<IndexNumberCounter> e)
    {
        e.ToTable("index_number_counters");
        e.HasKey(c => new { c.AgencyId, c.Year });
        e.Property(c => c.LastSerial).IsConcurrencyToken();
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
