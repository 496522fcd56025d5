using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Workflows.Persistence;

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
    }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<DraftRecord>
{
    public void Configure(EntityTypeBuilder<DraftRecord> builder)
    {
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(200);
    }
}

internal sealed class MessageStartConfiguration : IEntityTypeConfiguration<MessageStartRecord>
{
    public void Configure(EntityTypeBuilder<MessageStartRecord> builder) =>
        builder.HasIndex(m => m.MessageName);
}

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.Property(i => i.State).HasColumnType("jsonb");
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.BusinessKey);
        builder.HasIndex(i => new { i.Status, i.ProcessKey });
        builder.HasIndex(i => i.ParentInstanceId);
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> builder)
    {
        builder.HasIndex(s => new { s.MessageName, s.CorrelationKey });
        builder.HasIndex(s => s.InstanceId);
    }
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> builder)
    {
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Payload).HasColumnType("jsonb");
        builder.HasIndex(j => j.DueAt).HasFilter("NOT has_incident");
        builder.HasIndex(j => j.InstanceId);
        builder.HasIndex(j => j.DefinitionId);
    }
}

internal sealed class UserTaskConfiguration : IEntityTypeConfiguration<UserTaskRecord>
{
    public void Configure(EntityTypeBuilder<UserTaskRecord> builder)
    {
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Input).HasColumnType("jsonb");
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        builder.HasIndex(t => t.InstanceId);
        builder.HasIndex(t => t.BusinessKey);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<MessageRecord>
{
    public void Configure(EntityTypeBuilder<MessageRecord> builder)
    {
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.HasIndex(m => new { m.Name, m.MessageId }).IsUnique().HasFilter("message_id IS NOT NULL");
        builder.HasIndex(m => new { m.Name, m.CorrelationKey, m.PublishedAt }).HasFilter("consumed_at IS NULL");
    }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.HasIndex(i => i.InstanceId);
        builder.HasIndex(i => i.CreatedAt).HasFilter("resolved_at IS NULL");
    }
}

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.Property(j => j.Detail).HasColumnType("jsonb");
        builder.HasIndex(j => new { j.InstanceId, j.Id });
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> builder)
    {
        builder.Property(o => o.Payload).HasColumnType("jsonb");
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.HasIndex(o => o.Id).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_pending");
    }
}
