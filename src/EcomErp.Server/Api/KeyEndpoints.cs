using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

/// <summary>
/// API keys, for operations only: issue one (its token is shown once), list them without secrets, and revoke
/// one. A principal may hold several active keys, so a key is rotated by issuing the new one first.
/// </summary>
internal static class KeyEndpoints
{
    public sealed record IssueRequest(
        PrincipalKind? Kind,
        string? Principal,
        string? Name,
        DateTimeOffset? ExpiresAt,
        int? RequestsPerMinute);

    public static void MapKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/keys").WithTags("Keys");
        group.MapPost("/", IssueAsync);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/revoke", RevokeAsync);
    }

    private static async Task<IResult> IssueAsync(IssueRequest request, NpgsqlDataSource dataSource, TimeProvider time,
        CancellationToken ct)
    {
        await using var db = Open(dataSource);
        var now = time.GetUtcNow();
        var problems = await ProblemsAsync(db, request, now, ct);
        if (problems.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The key request is not valid.",
                problems);
        }

        var (key, token) = ApiKey.Issue(new ApiKeyRequest(request.Kind!.Value, request.Principal!, request.Name,
            request.ExpiresAt, request.RequestsPerMinute), now);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/keys/{key.Id}", new { key = token, summary = Summary(key, now) });
    }

    private static async Task<IResult> ListAsync(PrincipalKind? kind, string? principal, NpgsqlDataSource dataSource,
        TimeProvider time, CancellationToken ct)
    {
        await using var db = Open(dataSource);
        var query = db.ApiKeys.AsNoTracking();
        query = kind is null ? query : query.Where(k => k.Kind == kind);
        query = principal is null ? query : query.Where(k => k.Principal == principal);
        var now = time.GetUtcNow();
        return Results.Ok((await query.OrderBy(k => k.CreatedAt).ToListAsync(ct)).Select(k => Summary(k, now)));
    }

    private static async Task<IResult> RevokeAsync(Guid id, NpgsqlDataSource dataSource, TimeProvider time,
        CancellationToken ct)
    {
        await using var db = Open(dataSource);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return ApiProblems.NotFound($"Key {id}");
        }

        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Results.Ok(Summary(key, time.GetUtcNow()));
    }

    private static async Task<List<(string, string)>> ProblemsAsync(CommerceDbContext db, IssueRequest request,
        DateTimeOffset now, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (request.Kind is null)
        {
            problems.Add(("kind", $"is required: one of {string.Join(", ", Enum.GetNames<PrincipalKind>())}"));
        }
        else if (!await PrincipalExistsAsync(db, request.Kind.Value, request.Principal, ct))
        {
            problems.Add(("principal", request.Kind == PrincipalKind.Operations
                ? "is required: a name for the operations key"
                : $"'{request.Principal}' is not a known {request.Kind.Value.ToString().ToLowerInvariant()} code"));
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            problems.Add(("expiresAt", "must be in the future"));
        }

        if (request.RequestsPerMinute is <= 0)
        {
            problems.Add(("requestsPerMinute", "must be above zero"));
        }

        return problems;
    }

    private static async Task<bool> PrincipalExistsAsync(CommerceDbContext db, PrincipalKind kind, string? principal,
        CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(principal) && principal.Length <= 64 && kind switch
        {
            PrincipalKind.Channel => await db.Channels.AnyAsync(c => c.Code == principal, ct),
            PrincipalKind.Warehouse => await db.WarehouseClients.AnyAsync(c => c.Code == principal, ct),
            _ => true,
        };

    private static object Summary(ApiKey key, DateTimeOffset now) => new
    {
        key.Id, key.KeyId, key.Kind, key.Principal, key.Name, key.RequestsPerMinute, key.CreatedAt, key.ExpiresAt,
        key.RevokedAt, active = key.IsActiveAt(now),
    };

    private static CommerceDbContext Open(NpgsqlDataSource dataSource) =>
        new(CommerceDatabase.CreateOptions(dataSource));
}
