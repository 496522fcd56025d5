global using EcomErp.Workflows.Tests.Support;
