using System.Diagnostics;
using System.Reflection;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// Runs steps on an input under a watchdog: the first step that fails (returns what went wrong, throws, or splan
/// exits 3) or that does not finish within the time allowed ends the run with a <see cref="Failure"/>.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Runs <paramref name="steps"/> on <paramref name="bytes"/>; null when every step passed.</summary>
    public static Failure? Run(byte[] bytes, bool isXml, IReadOnlyList<string> steps, TimeSpan limit) =>
        Guarded(progress => RunSteps(new FuzzInput(bytes, isXml), steps, progress), limit);

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own (with a large stack, so that deep recursion shows as an
    /// exception or a hang rather than ending the test run); a failure if it does not finish within <paramref name="limit"/>.
    /// </summary>
    public static Failure? Guarded(Func<Progress, Failure?> work, TimeSpan limit)
    {
        var progress = new Progress();
        Failure? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    failure = work(progress);
                }
                catch (Exception ex)
                {
                    failure = new Failure(progress.Step ?? "(making the case)", Signature(ex), ex.ToString());
                }
            },
            maxStackSize: 64 * 1024 * 1024) { IsBackground = true, Name = "fuzz case" };
        thread.Start();
        if (!thread.Join(limit))
        {
            return new Failure(progress.Step ?? "(making the case)", "hang", $"did not finish within {limit.TotalSeconds:0} s (the thread is left running)");
        }

        return failure;
    }

    /// <summary>Runs <paramref name="steps"/> on <paramref name="input"/>, saying in <paramref name="progress"/> which step it is on.</summary>
    public static Failure? RunSteps(FuzzInput input, IReadOnlyList<string> steps, Progress progress)
    {
        foreach (var step in steps)
        {
            progress.Step = step;
            using var crash = new CrashWatch();
            string? message;
            try
            {
                message = FuzzStep.Run(step, input);
            }
            catch (Exception ex)
            {
                return new Failure(step, Signature(ex), ex.ToString());
            }

            if (message is not null)
            {
                // splan turns an exception into exit 3 and one line: the stack comes from the exception seen on the way.
                return crash.Last is { } seen && message.StartsWith("splan exited 3", StringComparison.Ordinal)
                    ? new Failure(step, Signature(seen.Exception, seen.Trace), message + "\n" + seen.Exception.GetType().FullName + ": " + seen.Exception.Message + "\n" + seen.Trace)
                    : new Failure(step, message.Split('\n')[0], message);
            }
        }

        return null;
    }

    /// <summary>What tells defects apart: the exception's type and the three innermost frames of this repository's code.</summary>
    private static string Signature(Exception ex, StackTrace? trace = null)
    {
        var frames = (trace ?? new StackTrace(ex)).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType?.Namespace?.StartsWith("StrategicPlanning", StringComparison.Ordinal) == true
                && m.DeclaringType.Namespace?.Contains("Tests", StringComparison.Ordinal) != true
                && m.DeclaringType != typeof(CrashWatch))
            .Take(3)
            .Select(Name);
        return $"{ex.GetType().Name} in {string.Join(" < ", frames)}";
    }

    private static string Name(MethodBase? method)
    {
        var type = method!.DeclaringType!;
        while (type.DeclaringType is not null && type.Name.StartsWith('<'))
        {
            type = type.DeclaringType; // a lambda's closure class: name the type it is in
        }

        return type.Name + "." + method.Name;
    }

    /// <summary>A step that failed: the step, a one-line signature to tell defects apart, and the details.</summary>
    internal sealed record Failure(string Step, string Signature, string Details);

    /// <summary>The step a case is on, for a hang's report.</summary>
    internal sealed class Progress
    {
        private volatile string? step;

        public string? Step
        {
            get => step;
            set => step = value;
        }
    }

    /// <summary>
    /// Notes the exceptions thrown on this thread while it is alive, each with the stack where it was first thrown: the
    /// last is the one splan caught when it exits 3 (it says only the exception's type and message).
    /// </summary>
    private sealed class CrashWatch : IDisposable
    {
        private readonly int thread = Environment.CurrentManagedThreadId;
        private readonly List<(Exception Exception, StackTrace Trace)> seen = [];

        public CrashWatch() => AppDomain.CurrentDomain.FirstChanceException += Seen;

        public (Exception Exception, StackTrace Trace)? Last { get; private set; }

        public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= Seen;

        private void Seen(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId != thread)
            {
                return;
            }

            var earlier = seen.FindIndex(s => ReferenceEquals(s.Exception, e.Exception));
            if (earlier < 0 && seen.Count < 100)
            {
                seen.Add((e.Exception, new StackTrace(1, fNeedFileInfo: false)));
                earlier = seen.Count - 1;
            }

            Last = earlier >= 0 ? seen[earlier] : Last;
        }
    }
}
