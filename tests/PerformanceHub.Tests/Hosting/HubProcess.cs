using System.Diagnostics;
using System.Net;
using System.Text;
using PerformanceHub.Security;

namespace PerformanceHub.Tests.Hosting;

/// <summary>
/// The hub as a separate OS process (<c>dotnet PerformanceHub.dll</c> from the tests' folder, configured by
/// command-line arguments), so a test can kill it outright (SIGKILL) and start it again on the same database.
/// </summary>
public sealed class HubProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder printed = new();

    private HubProcess(Process process, Uri address)
    {
        this.process = process;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the hub printed so far (for failure messages).</summary>
    public string Printed
    {
        get
        {
            lock (printed)
            {
                return printed.ToString();
            }
        }
    }

    /// <summary>Starts the hub on <paramref name="provider"/> with its data in <paramref name="dataFolder"/> and waits until it answers.</summary>
    public static async Task<HubProcess> StartAsync(string provider, string dataFolder, string? connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{PostgresCluster.FreePort()}");
        // The dotnet that runs the tests (dotnet test sets DOTNET_HOST_PATH), else the one on PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "PerformanceHub.dll"), $"--Hub:Provider={provider}", $"--Hub:DataFolder={dataFolder}",
            $"--Hub:SeedApiKey={HubHost.AdminKey}", $"--Hub:SeedAdminPassword={HubHost.AdminPassword}", $"--Urls={address}",
            "--Logging:LogLevel:Default=Warning",
        ];
        foreach (var arg in connectionString is null ? args : [.. args, $"--Hub:ConnectionString={connectionString}"])
        {
            start.ArgumentList.Add(arg);
        }

        var hub = new HubProcess(Process.Start(start)!, address);
        hub.process.OutputDataReceived += (_, e) => hub.Print(e.Data);
        hub.process.ErrorDataReceived += (_, e) => hub.Print(e.Data);
        hub.process.BeginOutputReadLine();
        hub.process.BeginErrorReadLine();
        await hub.WaitUntilAnsweringAsync();
        return hub;
    }

    /// <summary>kill -9: the hub gets no chance to finish anything.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeys.Header, HubHost.AdminKey);
        return client;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = Client();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The hub exited with {process.ExitCode} before answering: {Printed}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri($"{HubHost.Plan}/versions", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The hub did not answer within 90 s: {Printed}");
    }

    private void Print(string? line)
    {
        if (line is not null)
        {
            lock (printed)
            {
                printed.AppendLine(line);
            }
        }
    }
}
