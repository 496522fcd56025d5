using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Channels.Intake;

/// <summary>Maps <see cref="IntakeRecord"/> to the <c>intake_log</c> table.</summary>
internal sealed class IntakeRecordConfiguration : IEntityTypeConfiguration<IntakeRecord>
{
    public void Configure(EntityTypeBuilder<IntakeRecord> builder)
    {
        builder.ToTable("intake_log");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).UseIdentityAlwaysColumn();
        builder.Property(record => record.BodySha256).HasMaxLength(64);
        builder.ComplexCollection(record => record.Problems, problem => problem.ToJson());
        builder.HasIndex(record => new { record.ChannelCode, record.EventId });
        builder.HasIndex(record => new { record.ChannelCode, record.ChannelOrderId, record.Status });
        builder.HasIndex(record => new { record.Status, record.Id });
    }
}
