using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcomErp.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflow");

            migrationBuilder.CreateTable(
                name: "definitions",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "drafts",
                schema: "workflow",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xml = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drafts", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    process_key = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    state = table.Column<string>(type: "jsonb", nullable: false),
                    parent_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    parent_token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_by = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: true),
                    token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: true),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    retries_left = table.Column<int>(type: "integer", nullable: false),
                    retry_backoff = table.Column<string>(type: "text", nullable: true),
                    lock_owner = table.Column<string>(type: "text", nullable: true),
                    lock_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    has_incident = table.Column<bool>(type: "boolean", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    element_id = table.Column<string>(type: "text", nullable: true),
                    token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    detail = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "message_starts",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    process_key = table.Column<string>(type: "text", nullable: false),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    message_name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_message_starts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    correlation_key = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consumed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consumed_by_instance_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    message_name = table.Column<string>(type: "text", nullable: false),
                    correlation_key = table.Column<string>(type: "text", nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: true),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: true),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    message_name = table.Column<string>(type: "text", nullable: false),
                    correlation_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "user_tasks",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_id = table.Column<Guid>(type: "uuid", nullable: false),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    process_key = table.Column<string>(type: "text", nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    assignee = table.Column<string>(type: "text", nullable: true),
                    candidate_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    outcomes = table.Column<string[]>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    input = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    completed_by = table.Column<string>(type: "text", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tasks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_definitions_key_version",
                schema: "workflow",
                table: "definitions",
                columns: new[] { "key", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_incidents_created_at",
                schema: "workflow",
                table: "incidents",
                column: "created_at",
                filter: "resolved_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_instance_id",
                schema: "workflow",
                table: "incidents",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_business_key",
                schema: "workflow",
                table: "instances",
                column: "business_key");

            migrationBuilder.CreateIndex(
                name: "ix_instances_parent_instance_id",
                schema: "workflow",
                table: "instances",
                column: "parent_instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_status_process_key",
                schema: "workflow",
                table: "instances",
                columns: new[] { "status", "process_key" });

            migrationBuilder.CreateIndex(
                name: "ix_jobs_definition_id",
                schema: "workflow",
                table: "jobs",
                column: "definition_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_due_at",
                schema: "workflow",
                table: "jobs",
                column: "due_at",
                filter: "NOT has_incident");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_instance_id",
                schema: "workflow",
                table: "jobs",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_instance_id_id",
                schema: "workflow",
                table: "journal",
                columns: new[] { "instance_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_message_starts_message_name",
                schema: "workflow",
                table: "message_starts",
                column: "message_name");

            migrationBuilder.CreateIndex(
                name: "ix_messages_name_correlation_key_published_at",
                schema: "workflow",
                table: "messages",
                columns: new[] { "name", "correlation_key", "published_at" },
                filter: "consumed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_messages_name_message_id",
                schema: "workflow",
                table: "messages",
                columns: new[] { "name", "message_id" },
                unique: true,
                filter: "message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_idempotency_key",
                schema: "workflow",
                table: "outbox",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_pending",
                schema: "workflow",
                table: "outbox",
                column: "id",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_instance_id",
                schema: "workflow",
                table: "subscriptions",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_message_name_correlation_key",
                schema: "workflow",
                table: "subscriptions",
                columns: new[] { "message_name", "correlation_key" });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_business_key",
                schema: "workflow",
                table: "user_tasks",
                column: "business_key");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_instance_id",
                schema: "workflow",
                table: "user_tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_status_created_at",
                schema: "workflow",
                table: "user_tasks",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definitions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "drafts",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "incidents",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "instances",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "jobs",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "message_starts",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "user_tasks",
                schema: "workflow");
        }
    }
}
