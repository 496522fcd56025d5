namespace EcomErp.Server.Api;

/// <summary>The endpoints of channel intake and credentials, mapped together.</summary>
internal static class ChannelIntakeEndpoints
{
    public static IEndpointRouteBuilder MapChannelIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapWebhookEndpoints();
        app.MapIntakeLogEndpoints();
        app.MapSkuMappingEndpoints();
        app.MapChannelEndpoints();
        app.MapKeyEndpoints();
        app.MapWarehouseClientEndpoints();
        return app;
    }
}
