using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Orders;

internal sealed class OrderDecisionConfiguration : IEntityTypeConfiguration<OrderDecision>
{
    public void Configure(EntityTypeBuilder<OrderDecision> builder)
    {
        builder.HasIndex(decision => decision.OrderId);
        builder.Property(decision => decision.Kind).HasMaxLength(64);
        builder.Property(decision => decision.Outcome).HasColumnType("jsonb");
    }
}
