using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>Maps reconciliation reports, their lines kept as JSON.</summary>
internal sealed class ReconciliationConfiguration : IEntityTypeConfiguration<StockReconciliation>
{
    public void Configure(EntityTypeBuilder<StockReconciliation> builder)
    {
        builder.HasKey(report => report.Id);
        builder.Property(report => report.Source).HasMaxLength(64);
        builder.Property(report => report.Reference).HasMaxLength(128);
        // The column keeps four places (0.2500); reading it back drops the trailing zeros, so the report reads
        // the same as when it was computed (0.25).
        builder.Property(report => report.Accuracy).HasPrecision(5, 4)
            .HasConversion(accuracy => accuracy, stored => stored / 1.0000000000000000000000000000m);
        builder.ComplexCollection(report => report.Lines, line => line.ToJson());
        // Worked out from the lines when read, so it is never stored.
        builder.Ignore(report => report.BelowReserved);
        // One report per snapshot: a sender's reference names one count, so a resend finds the first report.
        builder.HasIndex(report => new { report.Source, report.Reference }).IsUnique();
    }
}
