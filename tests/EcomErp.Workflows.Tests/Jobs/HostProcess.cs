using System.Collections.Concurrent;
using System.Diagnostics;

namespace EcomErp.Workflows.Tests.Jobs;

/// <summary>
/// A job worker in an operating-system process of its own (the EcomErp.Workflows.TestHost project), so that tests
/// can run several engines against one database and kill one in the middle of a step.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> lines = [];

    private HostProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lines.Add(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static HostProcess Start(string connectionString, string workerId, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly());
        foreach (var argument in new[] { "--connection", connectionString, "--worker", workerId }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>Waits for a line that starts with <paramref name="prefix"/>, or fails after the timeout.</summary>
    public string WaitForLine(string prefix, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        foreach (var line in lines.GetConsumingEnumerable(cancel.Token))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new TimeoutException($"The host printed no line starting with '{prefix}'.");
    }

    /// <summary>Lets a host started with <c>--wait-for-go</c> begin.</summary>
    public void Go()
    {
        process.StandardInput.WriteLine("GO");
        process.StandardInput.Flush();
    }

    /// <summary>Waits until the host has run out of due jobs and exited; returns how many jobs it ran.</summary>
    public async Task<int> RunToEndAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        Assert.Equal(0, process.ExitCode);
        var ran = WaitForLine("RAN ", TimeSpan.FromSeconds(5))[4..];
        return int.Parse(ran, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        lines.Dispose();
    }

    /// <summary>The host is built beside this test project, in the same configuration.</summary>
    private static string HostAssembly()
    {
        var testOutput = AppContext.BaseDirectory;
        var hostOutput = testOutput.Replace(
            "EcomErp.Workflows.Tests", "EcomErp.Workflows.TestHost", StringComparison.Ordinal);
        return Path.Combine(hostOutput, "EcomErp.Workflows.TestHost.dll");
    }
}
