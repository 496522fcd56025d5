using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcomErp.Commerce.Persistence.Migrations
{
    /// <summary>
    /// One reconciliation per snapshot: a source's reference may name only one. Each line of a report also keeps
    /// what orders held there (inside the lines' JSON, so no column changes).
    /// </summary>
    public partial class SnapshotReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before this, a snapshot sent again was counted again under the same reference. Those later reports
            // stay, renamed after their own id, so the index can be built and the first report keeps the name.
            migrationBuilder.Sql(
                """
                UPDATE commerce.stock_reconciliations later
                SET reference = left(later.reference, 100) || ' (repeat ' || later.id || ')'
                WHERE EXISTS (
                    SELECT 1 FROM commerce.stock_reconciliations earlier
                    WHERE earlier.source = later.source AND earlier.reference = later.reference
                        AND earlier.id < later.id);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_stock_reconciliations_source_reference",
                schema: "commerce",
                table: "stock_reconciliations",
                columns: new[] { "source", "reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stock_reconciliations_source_reference",
                schema: "commerce",
                table: "stock_reconciliations");
        }
    }
}
