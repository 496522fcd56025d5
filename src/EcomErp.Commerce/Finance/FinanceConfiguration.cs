using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Finance;

/// <summary>Maps the journal and the invoices; amounts are numeric(19,4) by convention.</summary>
internal sealed class FinanceConfiguration :
    IEntityTypeConfiguration<JournalEntry>,
    IEntityTypeConfiguration<JournalLine>,
    IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.HasKey(entry => entry.Id);
        builder.HasIndex(entry => entry.Reference);
        builder.HasIndex(entry => entry.OrderId);
        builder.Property(entry => entry.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasMany(entry => entry.Lines).WithOne().HasForeignKey(line => line.EntryId);
        builder.Navigation(entry => entry.Lines).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<JournalLine> builder)
    {
        builder.HasKey(line => new { line.EntryId, line.LineNo });
        builder.HasIndex(line => line.AccountCode);
        builder.Property(line => line.AccountCode).HasMaxLength(16);
        builder.Property(line => line.Currency).HasMaxLength(3).IsFixedLength();
        builder.ToTable("journal_lines", table => table.HasCheckConstraint(
            "ck_journal_lines_one_sided", "debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0)"));
    }

    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasKey(invoice => invoice.Id);
        builder.HasIndex(invoice => invoice.Number).IsUnique();
        builder.Property(invoice => invoice.Number).HasMaxLength(32);
        builder.HasIndex(invoice => invoice.OrderId).IsUnique();
        builder.Property(invoice => invoice.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne<JournalEntry>().WithMany().HasForeignKey(invoice => invoice.JournalEntryId);
        builder.HasOne<Orders.Order>().WithMany().HasForeignKey(invoice => invoice.OrderId);
    }
}
