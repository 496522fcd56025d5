using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcomErp.Commerce.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderDecisionsAndShipments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "order_decisions",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "jsonb", nullable: false),
                    rules_fired = table.Column<List<string>>(type: "text[]", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                schema: "commerce",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    node_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    carrier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_order_decisions_order_id",
                schema: "commerce",
                table: "order_decisions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id",
                schema: "commerce",
                table: "shipments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id_tracking_number",
                schema: "commerce",
                table: "shipments",
                columns: new[] { "order_id", "tracking_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_decisions",
                schema: "commerce");

            migrationBuilder.DropTable(
                name: "shipments",
                schema: "commerce");
        }
    }
}
