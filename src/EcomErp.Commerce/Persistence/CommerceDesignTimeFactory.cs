using Microsoft.EntityFrameworkCore.Design;

namespace EcomErp.Commerce.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build the model from this project alone. Adding a migration needs no database; commands
/// that do connect read ECOMERP_COMMERCE_DESIGN_DB, or use a local database on 127.0.0.1.
/// </summary>
public sealed class CommerceDesignTimeFactory : IDesignTimeDbContextFactory<CommerceDbContext>
{
    private const string Variable = "ECOMERP_COMMERCE_DESIGN_DB";
    private const string LocalDatabase = "Host=127.0.0.1;Port=5433;Username=postgres;Database=ecomerp";

    /// <inheritdoc />
    public CommerceDbContext CreateDbContext(string[] args) =>
        new(CommerceDatabase.CreateOptions(Environment.GetEnvironmentVariable(Variable) ?? LocalDatabase));
}
