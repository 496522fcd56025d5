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
        builder.Property(report => report.Accuracy).HasPrecision(5, 4);
        builder.ComplexCollection(report => report.Lines, line => line.ToJson());
    }
}
