using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Amazon;

internal sealed partial class AmazonOrderReader
{
    /// <summary>
    /// An SP-API Money object, <c>{ "CurrencyCode", "Amount" }</c>, whose Amount is a decimal string. It must be in
    /// the order's currency: one order takes one currency.
    /// </summary>
    private Money? Amount(JsonElement parent, string path, string name, bool required = false, bool claim = false)
    {
        var moneyPath = PayloadReader.PathOf(path, name);
        if (reader.Object(parent, path, name, required) is not { } money)
        {
            return null;
        }

        var code = reader.Currency(money, moneyPath, "CurrencyCode", required: true);
        if (code is not null && code != currency)
        {
            reader.CurrencyMismatch(PayloadReader.PathOf(moneyPath, "CurrencyCode"), code, currency);
            return null;
        }

        return claim
            ? reader.Claim(money, moneyPath, "Amount", currency)
            : reader.Money(money, moneyPath, "Amount", currency, required: true);
    }

    private Money? ReadOrderTotal() => Amount(order, OrderPath, "OrderTotal", claim: true);

    /// <summary>
    /// PaymentExecutionDetail splits the payment between tenders; the gift card part (method GC) is a tender that
    /// redeems a liability, not a discount.
    /// </summary>
    private Tender[] ReadTenders()
    {
        const string list = $"{OrderPath}.PaymentExecutionDetail";
        return [.. reader.Items(order, OrderPath, "PaymentExecutionDetail").Select((item, index) =>
        {
            var path = PayloadReader.PathOf(list, index);
            var method = reader.Text(item, path, "PaymentMethod", required: true) ?? "";
            var kind = method switch
            {
                "GC" => TenderKind.GiftCard,
                "PointsAccount" => TenderKind.Points,
                _ => TenderKind.Other,
            };
            return new Tender(kind, RequiredAmount(item, path, "Payment"), method);
        })];
    }
}
