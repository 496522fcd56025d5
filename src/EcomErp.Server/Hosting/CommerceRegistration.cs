using EcomErp.Commerce.Inventory;
using EcomErp.Rules;
using EcomErp.Rules.Parameters;
using EcomErp.Server.Activities;
using EcomErp.Server.Activities.Orders;
using EcomErp.Server.Intake;
using EcomErp.Server.Orders;

namespace EcomErp.Server.Hosting;

internal static class CommerceRegistration
{
    /// <summary>The domain services, the rule sets, and the activities the order workflows call.</summary>
    public static IServiceCollection AddCommerce(this IServiceCollection services)
    {
        services.AddSingleton(_ => RuleSets.Compile(RuleParameters.LoadDefault()));
        services.AddSingleton<StockReservations>();
        services.AddSingleton<ISchemaMigrator, CommerceMigrator>();
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<ShipmentCheck>();
        services.AddActivity<ValidateOrderActivity>(ValidateOrderActivity.Name);
        services.AddActivity<ReserveStockActivity>(ReserveStockActivity.Name);
        services.AddActivity<ShipOrderActivity>(ShipOrderActivity.Name);
        services.AddActivity<InvoiceOrderActivity>(InvoiceOrderActivity.Name);
        services.AddActivity<RejectOrderActivity>(RejectOrderActivity.Name);
        services.AddActivity<CancelOrderActivity>(CancelOrderActivity.Name);
        services.AddRuleSet<FraudScreeningActivity>(FraudScreeningActivity.Name);
        services.AddRuleSet<RoutingActivity>(RoutingActivity.Name);
        return services;
    }
}
