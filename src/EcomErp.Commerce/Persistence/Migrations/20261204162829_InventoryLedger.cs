using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcomErp.Commerce.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InventoryLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_stock_positions_on_hand",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.AddColumn<int>(
                name: "awaiting_inspection",
                schema: "commerce",
                table: "stock_positions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "damaged",
                schema: "commerce",
                table: "stock_positions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "in_transit",
                schema: "commerce",
                table: "stock_positions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "is_kit",
                schema: "commerce",
                table: "skus",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "channel_code",
                schema: "commerce",
                table: "reservations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "per_line_unit",
                schema: "commerce",
                table: "reservations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "order_cutoff",
                schema: "commerce",
                table: "nodes",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                schema: "commerce",
                table: "nodes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "channel_code",
                schema: "commerce",
                table: "inventory_ledger",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expected_at",
                schema: "commerce",
                table: "inventory_ledger",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reference",
                schema: "commerce",
                table: "inventory_ledger",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "availability_events",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sku = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ats = table.Column<int>(type: "integer", nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    superseded = table.Column<bool>(type: "boolean", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_availability_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "channel_allocations",
                schema: "commerce",
                columns: table => new
                {
                    channel_code = table.Column<string>(type: "character varying(64)", nullable: false),
                    sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_allocations", x => new { x.channel_code, x.sku });
                    table.CheckConstraint("ck_channel_allocations_quantity", "quantity >= 0");
                    table.ForeignKey(
                        name: "fk_channel_allocations_channels_channel_code",
                        column: x => x.channel_code,
                        principalSchema: "commerce",
                        principalTable: "channels",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_channel_allocations_skus_sku",
                        column: x => x.sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "channel_positions",
                schema: "commerce",
                columns: table => new
                {
                    sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    channel_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reserved = table.Column<int>(type: "integer", nullable: false),
                    unassigned = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_positions", x => new { x.sku, x.channel_code });
                    table.CheckConstraint("ck_channel_positions_reserved", "reserved >= 0");
                    table.CheckConstraint("ck_channel_positions_unassigned", "unassigned BETWEEN 0 AND reserved");
                    table.ForeignKey(
                        name: "fk_channel_positions_skus_sku",
                        column: x => x.sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "channel_stock_policies",
                schema: "commerce",
                columns: table => new
                {
                    channel_code = table.Column<string>(type: "character varying(64)", nullable: false),
                    allocation_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    in_transit_horizon = table.Column<TimeSpan>(type: "interval", nullable: true),
                    allow_backorders = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_stock_policies", x => x.channel_code);
                    table.CheckConstraint("ck_channel_stock_policies_share", "allocation_share IS NULL OR allocation_share BETWEEN 0 AND 1");
                    table.ForeignKey(
                        name: "fk_channel_stock_policies_channels_channel_code",
                        column: x => x.channel_code,
                        principalSchema: "commerce",
                        principalTable: "channels",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_drifts",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sku = table.Column<string>(type: "text", nullable: false),
                    node_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    channel_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    position_value = table.Column<int>(type: "integer", nullable: false),
                    ledger_value = table.Column<int>(type: "integer", nullable: false),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_drifts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_schedules",
                schema: "commerce",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_schedules", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "kit_components",
                schema: "commerce",
                columns: table => new
                {
                    kit_sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    component_sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kit_components", x => new { x.kit_sku, x.component_sku });
                    table.CheckConstraint("ck_kit_components_not_itself", "kit_sku <> component_sku");
                    table.CheckConstraint("ck_kit_components_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_kit_components_skus_component_sku",
                        column: x => x.component_sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kit_components_skus_kit_sku",
                        column: x => x.kit_sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "published_availability",
                schema: "commerce",
                columns: table => new
                {
                    channel_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "text", nullable: false),
                    ats = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_availability", x => new { x.sku, x.channel_code });
                });

            migrationBuilder.CreateTable(
                name: "stock_reconciliations",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    reconciled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    compared = table.Column<int>(type: "integer", nullable: false),
                    matched = table.Column<int>(type: "integer", nullable: false),
                    accuracy = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_reconciliations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stock_transfers",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    from_node = table.Column<string>(type: "character varying(64)", nullable: true),
                    to_node = table.Column<string>(type: "character varying(64)", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    expected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_transfers", x => x.id);
                    table.CheckConstraint("ck_stock_transfers_received", "received BETWEEN 0 AND quantity");
                    table.ForeignKey(
                        name: "fk_stock_transfers_nodes_from_node",
                        column: x => x.from_node,
                        principalSchema: "commerce",
                        principalTable: "nodes",
                        principalColumn: "code");
                    table.ForeignKey(
                        name: "fk_stock_transfers_nodes_to_node",
                        column: x => x.to_node,
                        principalSchema: "commerce",
                        principalTable: "nodes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_stock_transfers_skus_sku",
                        column: x => x.sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_stock_positions_awaiting_inspection",
                schema: "commerce",
                table: "stock_positions",
                sql: "awaiting_inspection >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_stock_positions_damaged",
                schema: "commerce",
                table: "stock_positions",
                sql: "damaged >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_stock_positions_in_transit",
                schema: "commerce",
                table: "stock_positions",
                sql: "in_transit >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_reservations_per_line_unit",
                schema: "commerce",
                table: "reservations",
                sql: "per_line_unit > 0");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_ledger_reference",
                schema: "commerce",
                table: "inventory_ledger",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "ix_availability_events_channel_code_due_at",
                schema: "commerce",
                table: "availability_events",
                columns: new[] { "channel_code", "due_at" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_availability_events_channel_code_sku_id",
                schema: "commerce",
                table: "availability_events",
                columns: new[] { "channel_code", "sku", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_channel_allocations_sku",
                schema: "commerce",
                table: "channel_allocations",
                column: "sku");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_drifts_detected_at",
                schema: "commerce",
                table: "inventory_drifts",
                column: "detected_at",
                filter: "resolved_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_kit_components_component_sku",
                schema: "commerce",
                table: "kit_components",
                column: "component_sku");

            migrationBuilder.CreateIndex(
                name: "ix_stock_transfers_from_node",
                schema: "commerce",
                table: "stock_transfers",
                column: "from_node");

            migrationBuilder.CreateIndex(
                name: "ix_stock_transfers_reference",
                schema: "commerce",
                table: "stock_transfers",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_transfers_sku",
                schema: "commerce",
                table: "stock_transfers",
                column: "sku");

            migrationBuilder.CreateIndex(
                name: "ix_stock_transfers_to_node",
                schema: "commerce",
                table: "stock_transfers",
                column: "to_node");

            // Rows written before channels were tracked: tag them with their order's channel, give existing safety
            // stock its ledger entry, and materialise what each channel's orders hold, so that a replay of the
            // ledger still equals the positions.
            migrationBuilder.Sql("""
                UPDATE commerce.reservations r SET channel_code = o.channel_code
                FROM commerce.orders o WHERE o.id = r.order_id AND r.channel_code IS NULL;
                UPDATE commerce.inventory_ledger l SET channel_code = o.channel_code
                FROM commerce.orders o WHERE o.id = l.order_id AND l.channel_code IS NULL;
                INSERT INTO commerce.inventory_ledger (sku, node_code, kind, quantity_delta, order_id, at)
                SELECT sku, node_code, 'SafetyStock', safety_stock, NULL, now()
                FROM commerce.stock_positions WHERE safety_stock <> 0;
                INSERT INTO commerce.channel_positions (sku, channel_code, reserved, unassigned)
                SELECT sku, channel_code, sum(quantity), sum(CASE WHEN node_code IS NULL THEN quantity ELSE 0 END)
                FROM commerce.reservations WHERE status = 'Held' AND channel_code IS NOT NULL
                GROUP BY sku, channel_code;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "availability_events",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "channel_allocations",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "channel_positions",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "channel_stock_policies",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "inventory_drifts",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "inventory_schedules",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "kit_components",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "published_availability",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "stock_reconciliations",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "stock_transfers",
                schema: "commerce");

            migrationBuilder.DropCheckConstraint(
                name: "ck_stock_positions_awaiting_inspection",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_stock_positions_damaged",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_stock_positions_in_transit",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_reservations_per_line_unit",
                schema: "commerce",
                table: "reservations");

            migrationBuilder.DropIndex(
                name: "ix_inventory_ledger_reference",
                schema: "commerce",
                table: "inventory_ledger");

            migrationBuilder.DropColumn(
                name: "awaiting_inspection",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.DropColumn(
                name: "damaged",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.DropColumn(
                name: "in_transit",
                schema: "commerce",
                table: "stock_positions");

            migrationBuilder.DropColumn(
                name: "is_kit",
                schema: "commerce",
                table: "skus");

            migrationBuilder.DropColumn(
                name: "channel_code",
                schema: "commerce",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "per_line_unit",
                schema: "commerce",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "order_cutoff",
                schema: "commerce",
                table: "nodes");

            migrationBuilder.DropColumn(
                name: "time_zone",
                schema: "commerce",
                table: "nodes");

            migrationBuilder.DropColumn(
                name: "channel_code",
                schema: "commerce",
                table: "inventory_ledger");

            migrationBuilder.DropColumn(
                name: "expected_at",
                schema: "commerce",
                table: "inventory_ledger");

            migrationBuilder.DropColumn(
                name: "reference",
                schema: "commerce",
                table: "inventory_ledger");

            migrationBuilder.AddCheckConstraint(
                name: "ck_stock_positions_on_hand",
                schema: "commerce",
                table: "stock_positions",
                sql: "on_hand >= 0");
        }
    }
}
