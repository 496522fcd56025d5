using System.Text.Json.Serialization;
using EcomErp.Server.Api;
using EcomErp.Server.Intake;
using EcomErp.Server.Security;
using EcomErp.Workflows.Queries;
using Serilog;

namespace EcomErp.Server.Hosting;

/// <summary>Start-up wiring, kept out of Program.cs so that the entry point reads in a few lines.</summary>
internal static class ServerSetup
{
    public static WebApplicationBuilder AddEcomErp(this WebApplicationBuilder builder)
    {
        // Sinks registered as services get every event too, so a host (a test, say) can read what is logged.
        builder.Host.UseSerilog((context, services, configuration) => configuration
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate:
                "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"));
        builder.Services.Configure<ServerOptions>(builder.Configuration.GetSection(ServerOptions.Section));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new NormalizedDecimalConverter());
        });
        // A value that cannot be bound is answered by the exception handler, naming the field and what it must
        // hold, in every environment, not with an empty 400 outside Development.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddWorkflowEngine(builder.Configuration);
        builder.Services.AddCommerce();
        builder.Services.AddInventory(builder.Configuration);
        builder.Services.AddChannelIntake(builder.Configuration);
        builder.Services.AddEcomErpSecurity(builder.Configuration);
        builder.Services.AddSingleton<WorkflowQueries>();
        builder.Services.AddSingleton<DatabaseStartup>();
        return builder;
    }

    public static async Task<WebApplication> UseEcomErpAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseStartup>().RunAsync(app.Lifetime.ApplicationStopping);
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseEcomErpSecurity();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapWorkflowEndpoints();
        app.MapInstanceEndpoints();
        app.MapMessageEndpoints();
        app.MapTaskEndpoints();
        app.MapIncidentEndpoints();
        app.MapOrderEndpoints();
        app.MapInventoryEndpoints();
        app.MapChannelIntakeEndpoints();
        app.MapCatalogueEndpoints();
        return app;
    }
}
