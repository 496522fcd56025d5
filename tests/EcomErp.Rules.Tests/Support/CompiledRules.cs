using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Orders;
using EcomErp.Rules.Parameters;

namespace EcomErp.Rules.Tests.Support;

/// <summary>One compilation of the rule sets for the whole test run, since compiling is the slow part.</summary>
internal static class CompiledRules
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 15, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<RuleSets> Shared = new(() => RuleSets.Compile(RuleParameters.LoadDefault()));

    public static RuleSets Rules => Shared.Value;

    public static Order ReceiveSample(string relative, PayloadFormat format, string channel)
    {
        var payload = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, relative));
        var result = OrderPayloadMappers.For(format).Map(payload);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return Order.Receive(channel, result.Order, Now);
    }
}
