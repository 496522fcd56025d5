using EcomErp.Server.Orders;

namespace EcomErp.Server.Intake;

internal static class IntakeRegistration
{
    /// <summary>The doors channels come in by, their limits, and cancelling orders through the workflow.</summary>
    public static IServiceCollection AddChannelIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IntakeOptions>(configuration.GetSection(IntakeOptions.Section));
        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton<IntakeGate>();
        services.AddSingleton<OrderCancellation>();
        services.AddSingleton<StockWaiters>();
        return services;
    }
}
