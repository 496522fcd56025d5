using EcomErp.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddEcomErp();

var app = builder.Build();
await app.UseEcomErpAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
