using System.Globalization;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Finance;

/// <summary>Hands out invoice numbers from a database sequence, so that processes never issue the same one.</summary>
public static class InvoiceNumbers
{
    /// <summary>The name of the sequence in the commerce schema.</summary>
    public const string Sequence = "invoice_numbers";

    /// <summary>The next invoice number, such as INV-000042. Gaps appear when a transaction rolls back.</summary>
    public static async Task<string> NextAsync(CommerceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var next = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{CommerceDatabase.Schema}.{Sequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        return "INV-" + next.ToString("D6", CultureInfo.InvariantCulture);
    }
}
