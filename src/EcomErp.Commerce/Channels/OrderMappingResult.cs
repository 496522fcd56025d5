using System.Diagnostics.CodeAnalysis;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels;

/// <summary>Either the order a payload describes, or every problem found in it.</summary>
public sealed class OrderMappingResult
{
    private OrderMappingResult(CanonicalOrder? order, IReadOnlyList<FieldProblem> problems, string? channelOrderId)
    {
        Order = order;
        Problems = problems;
        ChannelOrderId = channelOrderId;
    }

    /// <summary>The mapped order; null when the payload had problems.</summary>
    public CanonicalOrder? Order { get; }

    /// <summary>Every problem found; empty when the payload mapped.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    /// <summary>
    /// The channel's order id, when it could be read, even from a payload with problems: a refusal is easier to
    /// trace with it.
    /// </summary>
    public string? ChannelOrderId { get; }

    /// <summary>Whether the payload mapped to an order.</summary>
    [MemberNotNullWhen(true, nameof(Order))]
    public bool Succeeded => Order is not null;

    /// <summary>A payload that mapped.</summary>
    public static OrderMappingResult Success(CanonicalOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order, [], order.ChannelOrderId);
    }

    /// <summary>
    /// A payload that did not; <paramref name="problems"/> must not be empty. <paramref name="channelOrderId"/> is
    /// the order id when it could be read.
    /// </summary>
    public static OrderMappingResult Failure(IReadOnlyList<FieldProblem> problems, string? channelOrderId = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        return new OrderMappingResult(null, problems, string.IsNullOrEmpty(channelOrderId) ? null : channelOrderId);
    }
}
