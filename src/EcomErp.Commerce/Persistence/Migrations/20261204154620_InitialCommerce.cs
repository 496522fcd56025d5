using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcomErp.Commerce.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCommerce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "commerce");

            migrationBuilder.CreateSequence(
                name: "invoice_numbers",
                schema: "commerce");

            migrationBuilder.CreateTable(
                name: "channels",
                schema: "commerce",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    shop_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channels", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "journal_entries",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "text", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "text", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nodes",
                schema: "commerce",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    region = table.Column<string>(type: "text", nullable: true),
                    per_shipment_cost_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    per_shipment_cost_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    per_unit_cost_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    per_unit_cost_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nodes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel_order_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    order_name = table.Column<string>(type: "text", nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    channel_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    presentment_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    customer_email = table.Column<string>(type: "text", nullable: true),
                    customer_name = table.Column<string>(type: "text", nullable: true),
                    customer_phone = table.Column<string>(type: "text", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "text", nullable: true),
                    financial_status = table.Column<string>(type: "text", nullable: true),
                    is_test = table.Column<bool>(type: "boolean", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    validation_reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    lines_gross = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    discount_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    shipping_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    shipping_discount_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    tax_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    claimed_subtotal = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    claimed_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    billing_address = table.Column<string>(type: "jsonb", nullable: true),
                    shipping_address = table.Column<string>(type: "jsonb", nullable: true),
                    warnings = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "skus",
                schema: "commerce",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skus", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "journal_lines",
                schema: "commerce",
                columns: table => new
                {
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    account_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    debit = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    credit = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    memo = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_lines", x => new { x.entry_id, x.line_no });
                    table.CheckConstraint("ck_journal_lines_one_sided", "debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0)");
                    table.ForeignKey(
                        name: "fk_journal_lines_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalSchema: "commerce",
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    lines_gross = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    discount_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    shipping_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    tax_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoices_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalSchema: "commerce",
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_invoices_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "commerce",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                schema: "commerce",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    channel_line_id = table.Column<string>(type: "text", nullable: true),
                    sku = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    gross = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    discount_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    tax_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    net = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    requires_shipping = table.Column<bool>(type: "boolean", nullable: false),
                    is_gift_card = table.Column<bool>(type: "boolean", nullable: false),
                    discounts = table.Column<string>(type: "jsonb", nullable: false),
                    taxes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => new { x.order_id, x.line_no });
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "commerce",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_shipping_lines",
                schema: "commerce",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: true),
                    price = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    discount_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    tax_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    discounts = table.Column<string>(type: "jsonb", nullable: false),
                    taxes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_shipping_lines", x => new { x.order_id, x.line_no });
                    table.ForeignKey(
                        name: "fk_order_shipping_lines_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "commerce",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_ledger",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    node_code = table.Column<string>(type: "character varying(64)", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    quantity_delta = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_ledger", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_ledger_nodes_node_code",
                        column: x => x.node_code,
                        principalSchema: "commerce",
                        principalTable: "nodes",
                        principalColumn: "code");
                    table.ForeignKey(
                        name: "fk_inventory_ledger_skus_sku",
                        column: x => x.sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reservations",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    node_code = table.Column<string>(type: "character varying(64)", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reservations", x => x.id);
                    table.CheckConstraint("ck_reservations_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_reservations_nodes_node_code",
                        column: x => x.node_code,
                        principalSchema: "commerce",
                        principalTable: "nodes",
                        principalColumn: "code");
                    table.ForeignKey(
                        name: "fk_reservations_skus_sku",
                        column: x => x.sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stock_positions",
                schema: "commerce",
                columns: table => new
                {
                    sku = table.Column<string>(type: "character varying(128)", nullable: false),
                    node_code = table.Column<string>(type: "character varying(64)", nullable: false),
                    on_hand = table.Column<int>(type: "integer", nullable: false),
                    reserved = table.Column<int>(type: "integer", nullable: false),
                    safety_stock = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_positions", x => new { x.sku, x.node_code });
                    table.CheckConstraint("ck_stock_positions_on_hand", "on_hand >= 0");
                    table.CheckConstraint("ck_stock_positions_reserved", "reserved >= 0");
                    table.CheckConstraint("ck_stock_positions_safety_stock", "safety_stock >= 0");
                    table.ForeignKey(
                        name: "fk_stock_positions_nodes_node_code",
                        column: x => x.node_code,
                        principalSchema: "commerce",
                        principalTable: "nodes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_stock_positions_skus_sku",
                        column: x => x.sku,
                        principalSchema: "commerce",
                        principalTable: "skus",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_ledger_node_code",
                schema: "commerce",
                table: "inventory_ledger",
                column: "node_code");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_ledger_order_id",
                schema: "commerce",
                table: "inventory_ledger",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_ledger_sku_node_code",
                schema: "commerce",
                table: "inventory_ledger",
                columns: new[] { "sku", "node_code" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_journal_entry_id",
                schema: "commerce",
                table: "invoices",
                column: "journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_number",
                schema: "commerce",
                table: "invoices",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_order_id",
                schema: "commerce",
                table: "invoices",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_order_id",
                schema: "commerce",
                table: "journal_entries",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_reference",
                schema: "commerce",
                table: "journal_entries",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_account_code",
                schema: "commerce",
                table: "journal_lines",
                column: "account_code");

            migrationBuilder.CreateIndex(
                name: "ix_orders_channel_code_channel_order_id",
                schema: "commerce",
                table: "orders",
                columns: new[] { "channel_code", "channel_order_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_status",
                schema: "commerce",
                table: "orders",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_reservations_node_code",
                schema: "commerce",
                table: "reservations",
                column: "node_code");

            migrationBuilder.CreateIndex(
                name: "ix_reservations_order_id_status",
                schema: "commerce",
                table: "reservations",
                columns: new[] { "order_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_reservations_sku_status",
                schema: "commerce",
                table: "reservations",
                columns: new[] { "sku", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_positions_node_code",
                schema: "commerce",
                table: "stock_positions",
                column: "node_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channels",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "inventory_ledger",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "invoices",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "journal_lines",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "order_lines",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "order_shipping_lines",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "reservations",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "stock_positions",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "journal_entries",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "nodes",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "skus",
                schema: "commerce");

            migrationBuilder.DropSequence(
                name: "invoice_numbers",
                schema: "commerce");
        }
    }
}
