using System.Text.Json;
using EcomErp.Commerce.Monetary;

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
        return claim ? reader.Claim(bag, setPath, "amount", currency)
            : reader.Money(bag, setPath, "amount", currency, required: true);
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
