using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatAppraisal.Tests.Release;

/// <summary>
/// The published program as its own process, with nothing of the developer's machine: an empty environment, so no
/// .NET SDK or runtime on the PATH (an empty one unless a test gives its own folder) and no DOTNET_ROOT. Its output
/// is kept for the assertions and for reading a failure.
/// </summary>
public sealed class PublishedProgram : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _output = new();

    PublishedProgram(Process process) => _process = process;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public Process Process => _process;

    public static PublishedProgram Start(string program, string workingDirectory, IEnumerable<string> args, string path = "", bool input = false)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = path;
        start.Environment["HOME"] = workingDirectory;
        var running = new PublishedProgram(new Process { StartInfo = start });
        running._process.OutputDataReceived += (_, e) => running.Append(e.Data);
        running._process.ErrorDataReceived += (_, e) => running.Append(e.Data);
        running._process.Start();
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        return running;
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Waits until the output holds a match (or fails with the output so far).</summary>
    public async Task<Match> WaitFor(Regex pattern, int seconds = 90)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (pattern.Match(Output) is { Success: true } match) return match;
            if (_process.HasExited) break;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"The program never wrote /{pattern}/ (exited: {_process.HasExited}). Its output:\n{Output}");
    }

    /// <summary>Waits until <c>/healthz</c> answers 200 and returns its body.</summary>
    public async Task<string> Healthz(string baseUrl, int seconds = 90)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until && !_process.HasExited)
        {
            try
            {
                var response = await http.GetAsync(baseUrl + "/healthz");
                if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"/healthz never answered at {baseUrl} (exited: {_process.HasExited}). Its output:\n{Output}");
    }

    /// <summary>Stops it as systemd, Ctrl+C or closing its window does (SIGTERM); returns its exit code.</summary>
    public async Task<int> StopAsync(int seconds = 30)
    {
        if (!_process.HasExited) Assert.Equal(0, kill(_process.Id, 15));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async Task<int> WaitForExitAsync(int seconds = 90)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"The program did not exit within {seconds} s. Its output:\n{Output}");
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    /// <summary>A port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int signal);
}
