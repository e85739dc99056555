using Gongkai.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Participation.Mailbox;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> e)
    {
        e.ToTable("mailbox_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).ValueGeneratedNever();
        e.Property(m => m.Number).HasMaxLength(32);
        e.Property(m => m.QueryCodeHash).HasMaxLength(64);
        e.Property(m => m.Subject).HasMaxLength(Message.MaxSubject);
        e.Property(m => m.Body).HasMaxLength(Message.MaxBody);
        e.Property(m => m.WriterName).HasMaxLength(50);
        e.Property(m => m.Phone).HasMaxLength(32);
        e.Property(m => m.Email).HasMaxLength(100);
        e.Property(m => m.DepartmentName).HasMaxLength(64);
        e.Property(m => m.HandlerName).HasMaxLength(64);
        e.Property(m => m.Answer).HasMaxLength(Message.MaxAnswer);
        e.Property(m => m.AnsweredBy).HasMaxLength(64);
        e.Property(m => m.RejectReason).HasMaxLength(1000);
        e.HasIndex(m => new { m.AgencyId, m.Number }).IsUnique();
        e.HasIndex(m => new { m.AgencyId, m.Status, m.DueOn });
        e.HasIndex(m => new { m.AgencyId, m.Status, m.PublishedOn });
        e.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MessageId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(m => m.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MessageHistoryEntryConfiguration : IEntityTypeConfiguration<MessageHistoryEntry>
{
    public void Configure(EntityTypeBuilder<MessageHistoryEntry> e)
    {
        e.ToTable("mailbox_message_history_entries");
        e.HasKey(h => h.Id);

        // Entries are created with their id; without this EF takes a new entry on a tracked message for an existing row.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.ActorName).HasMaxLength(64);
        e.Property(h => h.Note).HasMaxLength(1000);
        e.HasIndex(h => new { h.MessageId, h.At });
    }
}

internal sealed class MessageCounterConfiguration : IEntityTypeConfiguration<MessageCounter>
{
    public void Configure(EntityTypeBuilder<MessageCounter> e)
    {
        e.ToTable("mailbox_counters");
        e.HasKey(c => new { c.AgencyId, c.Year });
        e.Property(c => c.LastSerial).IsConcurrencyToken();
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MailboxSettingsConfiguration : IEntityTypeConfiguration<MailboxSettings>
{
    public void Configure(EntityTypeBuilder<MailboxSettings> e)
    {
        e.ToTable("mailbox_settings");
        e.HasKey(s => s.AgencyId);
        e.HasOne<Agency>().WithOne().HasForeignKey<MailboxSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
