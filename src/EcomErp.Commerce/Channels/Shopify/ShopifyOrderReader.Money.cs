using System.Globalization;
using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Shopify;

internal sealed partial class ShopifyOrderReader
{
    /// <summary>
    /// Reads the shop-currency amount of <paramref name="name"/>: from <c>name_set.shop_money</c> when the payload
    /// has it, otherwise from the plain field, which Shopify also writes in the shop currency.
    /// </summary>
    private Money? ShopMoney(JsonElement parent, string path, string name, bool required = false,
        bool claim = false)
    {
        var setPath = PayloadReader.PathOf(PayloadReader.PathOf(path, name + "_set"), "shop_money");
        var shopMoney = reader.Object(parent, path, name + "_set") is { } set
            ? reader.Object(set, PayloadReader.PathOf(path, name + "_set"), "shop_money")
            : null;
        if (shopMoney is not { } bag)
        {
            return claim
                ? reader.Claim(parent, path, name, currency)
                : reader.Money(parent, path, name, currency, required);
        }

        CheckShopCurrency(bag, setPath);
        if (!claim)
        {
            return reader.Money(bag, setPath, "amount", currency, required: true);
        }

        var claimed = reader.Claim(bag, setPath, "amount", currency);
        WarnWhenThePlainFieldDiffers(parent, path, name, claimed, PayloadReader.PathOf(setPath, "amount"));
        return claimed;
    }

    /// <summary>
    /// Shopify writes a claimed amount twice, plainly and in its <c>_set</c>; the set is read, and the order says so
    /// when the two disagree, as it does for other claims the service does not follow.
    /// </summary>
    private void WarnWhenThePlainFieldDiffers(JsonElement parent, string path, string name, Money? claimed,
        string setField)
    {
        var plain = PayloadReader.Find(parent, name) is { } value ? PayloadReader.ParseDecimal(value) : null;
        if (claimed is { } used && plain is { } other && other != used.Amount)
        {
            var field = PayloadReader.PathOf(path, name);
            warnings.Add(new IntakeWarning(field, string.Create(CultureInfo.InvariantCulture,
                $"The channel claims {other} {currency} but {setField} is {used}; {setField} is used.")));
        }
    }

    /// <summary>The order total in the presentment currency, from <c>total_price_set.presentment_money</c>.</summary>
    private Money? PresentmentTotal(string presentmentCurrency)
    {
        const string path = "total_price_set.presentment_money";
        var bag = reader.Object(root, Root, "total_price_set") is { } set
            ? reader.Object(set, "total_price_set", "presentment_money")
            : null;
        if (bag is not { } money)
        {
            return null;
        }

        var code = reader.Currency(money, path, "currency_code");
        if (code is not null && code != presentmentCurrency)
        {
            reader.Report(PayloadReader.PathOf(path, "currency_code"),
                $"is {code}, not the presentment currency {presentmentCurrency}");
        }

        return reader.Claim(money, path, "amount", presentmentCurrency);
    }

    private Money RequiredShopMoney(JsonElement parent, string path, string name) =>
        ShopMoney(parent, path, name, required: true) ?? Money.Zero(currency);

    private void CheckShopCurrency(JsonElement bag, string path)
    {
        var code = reader.Currency(bag, path, "currency_code");
        if (code is not null && code != currency)
        {
            reader.Report(PayloadReader.PathOf(path, "currency_code"), $"is {code}, not the shop currency {currency}");
        }
    }
}
