using System.Security.Claims;
using System.Text;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Intake;
using EcomErp.Server.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

/// <summary>
/// The intake log: every payload a channel sent, newest first, one payload with its exact body, and replaying a
/// payload once the cause of its refusal is fixed. A channel key sees its own channel's payloads only.
/// </summary>
internal static class IntakeLogEndpoints
{
    public static void MapIntakeLogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/intake").WithTags("Intake");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Channel);
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Channel);
        group.MapPost("/{id:long}/replay", ReplayAsync);
    }

    private static async Task<IResult> ListAsync(
        string? channel,
        IntakeStatus? status,
        string? channelOrderId,
        int? limit,
        ClaimsPrincipal user,
        NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        var only = Caller.From(user).OnlyChannel;
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var query = db.IntakeRecords.AsNoTracking();
        var wanted = only ?? channel;
        query = wanted is null ? query : query.Where(r => r.ChannelCode == wanted);
        query = status is null ? query : query.Where(r => r.Status == status);
        query = channelOrderId is null ? query : query.Where(r => r.ChannelOrderId == channelOrderId);
        var records = await query.OrderByDescending(r => r.Id).Take(Math.Clamp(limit ?? 100, 1, 1000))
            .Select(r => new
            {
                r.Id, channel = r.ChannelCode, r.Topic, r.EventId, r.Via, r.ReceivedAt, r.ProcessedAt, r.Status,
                r.Reason, r.ChannelOrderId, r.ChannelVersion, r.OrderId, r.ReplayOf, r.BodySize, r.BodySha256,
                problems = r.Problems,
            })
            .ToListAsync(ct);
        return Results.Ok(records);
    }

    private static async Task<IResult> GetAsync(long id, ClaimsPrincipal user, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var record = await db.IntakeRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !Caller.From(user).ActsFor(record.ChannelCode))
        {
            return ApiProblems.NotFound($"Intake record {id}");
        }

        return Results.Ok(new
        {
            record.Id, channel = record.ChannelCode, record.Topic, record.EventId, record.Via, record.ReceivedAt,
            record.ProcessedAt, record.Status, record.Reason, record.ChannelOrderId, record.ChannelVersion,
            record.OrderId, record.ReplayOf, record.BodySize, record.BodySha256, problems = record.Problems,
            body = Text(record.Body),
            bodyBase64 = record.Body is null ? null : Convert.ToBase64String(record.Body),
        });
    }

    private static async Task<IResult> ReplayAsync(long id, ClaimsPrincipal user, OrderIntake intake,
        CancellationToken ct)
    {
        var outcome = await intake.ReplayAsync(id, $"replay:{Caller.From(user).Via}", ct);
        return outcome is null
            ? ApiProblems.NotFound($"A stored payload for intake record {id}")
            : IntakeResponses.From(outcome);
    }

    /// <summary>The body as text when it is valid UTF-8; the exact bytes are always in <c>bodyBase64</c>.</summary>
    private static string? Text(byte[]? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
