using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcomErp.Commerce.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChannelIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "gift_card_tendered",
                schema: "commerce",
                table: "orders",
                type: "numeric(19,4)",
                precision: 19,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "marketplace_tax_total",
                schema: "commerce",
                table: "orders",
                type: "numeric(19,4)",
                precision: 19,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "presentment_total",
                schema: "commerce",
                table: "orders",
                type: "numeric(19,4)",
                precision: 19,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tenders",
                schema: "commerce",
                table: "orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "commerce",
                table: "order_shipping_lines",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Shipping");

            migrationBuilder.AddColumn<string>(
                name: "channel_sku",
                schema: "commerce",
                table: "order_lines",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            // Lines stored before SKU mappings existed carry the SKU the channel sent.
            migrationBuilder.Sql("UPDATE commerce.order_lines SET channel_sku = sku;");

            migrationBuilder.AddColumn<string>(
                name: "channel_variant_id",
                schema: "commerce",
                table: "order_lines",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "webhook_secret",
                schema: "commerce",
                table: "channels",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "api_keys",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    principal = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requests_per_minute = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "intake_log",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    channel_code = table.Column<string>(type: "text", nullable: false),
                    topic = table.Column<string>(type: "text", nullable: true),
                    event_id = table.Column<string>(type: "text", nullable: true),
                    via = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<byte[]>(type: "bytea", nullable: true),
                    body_size = table.Column<long>(type: "bigint", nullable: false),
                    body_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel_order_id = table.Column<string>(type: "text", nullable: true),
                    channel_version = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    replay_of = table.Column<long>(type: "bigint", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    problems = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intake_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rate_windows",
                schema: "commerce",
                columns: table => new
                {
                    caller = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rate_windows", x => new { x.caller, x.window_start });
                });

            migrationBuilder.CreateTable(
                name: "sku_mappings",
                schema: "commerce",
                columns: table => new
                {
                    channel_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel_value = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    sku = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sku_mappings", x => new { x.channel_code, x.kind, x.channel_value });
                    table.ForeignKey(
                        name: "fk_sku_mappings_channels_channel_code",
                        column: x => x.channel_code,
                        principalSchema: "commerce",
                        principalTable: "channels",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_clients",
                schema: "commerce",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    nodes = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_clients", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_key_id",
                schema: "commerce",
                table: "api_keys",
                column: "key_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_kind_principal",
                schema: "commerce",
                table: "api_keys",
                columns: new[] { "kind", "principal" });

            migrationBuilder.CreateIndex(
                name: "ix_intake_log_channel_code_channel_order_id_status",
                schema: "commerce",
                table: "intake_log",
                columns: new[] { "channel_code", "channel_order_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_intake_log_channel_code_event_id",
                schema: "commerce",
                table: "intake_log",
                columns: new[] { "channel_code", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_intake_log_status_id",
                schema: "commerce",
                table: "intake_log",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "intake_log",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "rate_windows",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "sku_mappings",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "warehouse_clients",
                schema: "commerce");

            migrationBuilder.DropColumn(
                name: "gift_card_tendered",
                schema: "commerce",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "marketplace_tax_total",
                schema: "commerce",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "presentment_total",
                schema: "commerce",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "tenders",
                schema: "commerce",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "commerce",
                table: "order_shipping_lines");

            migrationBuilder.DropColumn(
                name: "channel_sku",
                schema: "commerce",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "channel_variant_id",
                schema: "commerce",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "webhook_secret",
                schema: "commerce",
                table: "channels");
        }
    }
}
