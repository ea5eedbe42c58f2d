using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace NetworkGraph.Tests.Support;

/// <summary>
/// The built service started as its own process on a loopback port, so tests cross a real socket
/// and can stop and restart it on the same data file.
/// </summary>
public sealed class RealServer : IAsyncDisposable
{
    private const int Sigterm = 15;

    private readonly TestProcess _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();

    private RealServer(TestProcess process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
    public string Output => Read(_output);

    public string StandardOutput => Read(_standardOutput);

    public string StandardError => Read(_standardError);

    /// <summary>The test key and anonymous reading: the service refuses to start without a configured key.</summary>
    public static readonly string[] TestAuth =
    [
        $"--Auth:Issuer={NetworkGraphApp.Issuer}", $"--Auth:Audience={NetworkGraphApp.Audience}",
        $"--Auth:SigningKey={NetworkGraphApp.SigningKey}", "--Auth:SigningKeyIsDevelopmentKey=true", "--Auth:AllowAnonymousRead=true",
    ];

    public static string ApiAssembly
    {
        get
        {
            // tests/NetworkGraph.Tests/bin/<Configuration>/<tfm>/ -> src/NetworkGraph.Api/bin/<Configuration>/<tfm>/
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Path.Combine(RepositoryPaths.Root, "src", "NetworkGraph.Api", "bin", testBin.Parent!.Name, testBin.Name, "NetworkGraph.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the service was not found.", path);
        }
    }

    public static async Task<RealServer> StartAsync(string dataFile, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo([$"--Urls={address}", $"--Store:Sqlite:Path={dataFile}", .. TestAuth, .. settings]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var server = new RealServer(TestProcess.Start(start), address);
        try
        {
            var process = server._process.Process;
            process.OutputDataReceived += (_, e) => server.Append(e.Data, server._standardOutput);
            process.ErrorDataReceived += (_, e) => server.Append(e.Data, server._standardError);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            // A service that did not come up in time may still come up later: it must not outlive the test.
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a command of the service (such as <c>seed</c>) to completion.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] args)
    {
        var (exitCode, stdout, stderr) = await TestProcess.RunAsync(StartInfo(args), TimeSpan.FromMinutes(2));
        return (exitCode, stdout + stderr);
    }

    /// <summary>Asks the service to stop as a container runtime or systemd does (SIGTERM), and waits until it has exited.</summary>
    public async Task<int> StopAsync()
    {
        var process = _process.Process;
        if (SendSignal(process.Id, Sigterm) != 0)
        {
            throw new InvalidOperationException($"SIGTERM could not be sent: error {Marshal.GetLastPInvokeError()}.");
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // Returns once the output has been read to its end, not only once the process has exited.
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);

    /// <summary>Stops the process abruptly, as a crash or a power cut would.</summary>
    public async Task KillAsync()
    {
        if (!_process.Process.HasExited)
        {
            _process.Kill();
            await _process.Process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Client.Dispose();
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ApiAssembly)!,
        };
        start.ArgumentList.Add(ApiAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.Process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.Process.ExitCode}:\n{Output}");
            }
            // Our own process must say it listens there: a port found free can be taken by another process
            // before the service binds it, and that process would answer in its place.
            if (!Output.Contains($"Now listening on: {Address.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal))
            {
                await Task.Delay(200);
                continue;
            }
            try
            {
                using var response = await Client.GetAsync("/schema.graphql");
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
        throw new TimeoutException($"The service did not answer within 60 s:\n{Output}");
    }

    private void Append(string? line, StringBuilder stream)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
                stream.AppendLine(line);
            }
        }
    }

    private string Read(StringBuilder text)
    {
        lock (_output)
        {
            return text.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
