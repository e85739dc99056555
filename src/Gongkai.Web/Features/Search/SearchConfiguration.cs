using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Search;

internal sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> e)
    {
        e.ToTable("search_synonyms");
        e.HasKey(g => g.Id);
        e.Property(g => g.Terms).HasMaxLength(256);
        e.Ignore(g => g.TermList);
    }
}
