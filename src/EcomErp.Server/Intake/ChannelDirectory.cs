using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Intake;

/// <summary>Finds channels by code.</summary>
internal sealed class ChannelDirectory(NpgsqlDataSource dataSource)
{
    public async Task<Channel?> FindAsync(string code, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return await db.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
    }
}
