using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace NetworkGraph.Tests.Support;

/// <summary>
/// A process a test starts: the service, node, and through node a browser. None may outlive the test run
/// (.ci/run fails when one does): disposing one kills it with its whole tree, and those still running when
/// the test process shuts down, because a runner ended it before the fixtures were disposed, are killed then.
/// </summary>
public sealed class TestProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<TestProcess, byte> _running = new();

    // Held for the life of the test process: a collected registration stops watching its signal.
    private static readonly List<PosixSignalRegistration> _signals = [];

    static TestProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        (AssemblyLoadContext.GetLoadContext(typeof(TestProcess).Assembly) ?? AssemblyLoadContext.Default).Unloading += _ => KillAll();
        // A runner that stops the test process with a signal ends it without ProcessExit: the signals are
        // watched too, and then take their usual course. Nothing can be done on SIGKILL; .ci/run reports that.
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, _ => KillAll()));
        }
    }

    private TestProcess(Process process) => Process = process;

    public Process Process { get; }

    public static TestProcess Start(ProcessStartInfo start)
    {
        var started = new TestProcess(Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start."));
        _running.TryAdd(started, 0);
        return started;
    }

    /// <summary>
    /// Runs a command to its end with its output read as it comes and its standard input closed after
    /// <paramref name="input"/>; one that outlasts <paramref name="timeout"/> is killed, tree and all.
    /// </summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo start, TimeSpan timeout, string? input = null)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        await using var process = Start(start);
        var stdout = process.Process.StandardOutput.ReadToEndAsync();
        var stderr = process.Process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            if (input is not null)
            {
                await process.Process.StandardInput.WriteAsync(input.AsMemory(), deadline.Token);
            }
            process.Process.StandardInput.Close();
            await process.Process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"{start.FileName} did not finish within {timeout}:\n{await stderr}");
        }
        return (process.Process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Kills the process and every process it started that is still its descendant.</summary>
    public void Kill()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // It exited meanwhile.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await Process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed, but a descendant still holds its output open; the process itself is gone.
        }
        _running.TryRemove(this, out _);
        Process.Dispose();
    }

    private static void KillAll()
    {
        foreach (var process in _running.Keys)
        {
            process.Kill();
        }
    }
}
