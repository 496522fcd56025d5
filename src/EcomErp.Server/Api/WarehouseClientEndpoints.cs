using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

/// <summary>Warehouse clients, for operations: list them, and create one or change its name and nodes.</summary>
internal static class WarehouseClientEndpoints
{
    public sealed record ClientRequest(string? Name, IReadOnlyList<string>? Nodes);

    public static void MapWarehouseClientEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/warehouse-clients").WithTags("Warehouse clients");
        group.MapGet("/", ListAsync);
        group.MapPut("/{code}", PutAsync);
    }

    private static async Task<IResult> ListAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return Results.Ok(await db.WarehouseClients.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct));
    }

    private static async Task<IResult> PutAsync(string code, ClientRequest request, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var nodes = request.Nodes ?? [];
        var known = await db.Nodes.Where(n => nodes.Contains(n.Code)).Select(n => n.Code).ToListAsync(ct);
        var unknown = nodes.Except(known, StringComparer.Ordinal).ToList();
        if (nodes.Count == 0 || unknown.Count > 0 || code.Length > 64)
        {
            return ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The warehouse client is not valid.",
                [("nodes", unknown.Count > 0 ? $"unknown nodes: {string.Join(", ", unknown)}"
                    : "must list at least one node, and the code has at most 64 characters")]);
        }

        var client = await db.WarehouseClients.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (client is null)
        {
            db.WarehouseClients.Add(WarehouseClient.Create(code, request.Name ?? code, nodes));
        }
        else
        {
            client.Change(request.Name ?? client.Name, nodes);
        }

        await db.SaveChangesAsync(ct);
        return Results.Ok(await db.WarehouseClients.AsNoTracking().SingleAsync(c => c.Code == code, ct));
    }
}
