using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PerformanceHub.Tests.Hosting;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: <c>initdb</c> into a temp folder and <c>pg_ctl start</c> on a free
/// port, as the user <c>nobody</c> when the tests run as root (PostgreSQL refuses to run as root); stopped and deleted
/// at the end. Unavailable (and the PostgreSQL variants skipped) when PostgreSQL's programs are not installed; on CI
/// (CI=true) that is an error instead, so a PostgreSQL run can never silently not happen there.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster());
    private readonly string? folder;
    private readonly string? bin;
    private int databases;

    private PostgresCluster()
    {
        bin = FindBin();
        if (bin is null)
        {
            Unavailable = "PostgreSQL's initdb and pg_ctl were not found (install postgresql, e.g. apt-get install postgresql)";
            return;
        }

        folder = Path.Combine(Path.GetTempPath(), "hub-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asNobody = Environment.UserName == "root";
        if (asNobody)
        {
            Run("chown", "nobody", folder);
        }

        Port = FreePort();
        var data = Path.Combine(folder, "data");
        RunAs(asNobody, Path.Combine(bin, "initdb"), "-D", data, "-U", "hub", "-A", "trust", "-E", "UTF8", "--no-locale");
        RunAs(asNobody, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {folder} -h 127.0.0.1 -c fsync=on -c max_connections=200", "start");
        AsNobody = asNobody;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static PostgresCluster Instance => Shared.Value;

    /// <summary>Why there is no cluster, or null when it is running.</summary>
    public string? Unavailable { get; }

    public int Port { get; }

    private bool AsNobody { get; }

    /// <summary>Skips the calling test when there is no cluster (locally); fails it on CI.</summary>
    public static void SkipUnlessAvailable()
    {
        var unavailable = Instance.Unavailable;
        if (unavailable is not null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"CI must run the PostgreSQL tests, but {unavailable}.");
        }

        Skip.If(unavailable is not null, unavailable);
    }

    /// <summary>A connection string to a new, empty database of the cluster.</summary>
    public string NewDatabase()
    {
        var name = $"hub_{Interlocked.Increment(ref databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        using (var connection = new Npgsql.NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=hub;Database=postgres"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return $"Host=127.0.0.1;Port={Port};Username=hub;Database={name};Maximum Pool Size=100";
    }

    public void Dispose()
    {
        if (folder is null || bin is null || !Directory.Exists(folder))
        {
            return;
        }

        try
        {
            RunAs(AsNobody, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? FindBin()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).OrderDescending()
                .FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
            : null;
    }

    /// <summary>A local TCP port nothing listens on now.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asNobody, string program, params string[] args)
    {
        if (asNobody)
        {
            Run("runuser", ["-u", "nobody", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
