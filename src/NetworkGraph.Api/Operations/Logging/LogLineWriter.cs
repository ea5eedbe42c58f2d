using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging.Console;

namespace NetworkGraph.Api.Operations.Logging;

/// <summary>
/// Writes formatted log lines to the process's output from one background thread, many lines per write.
/// </summary>
/// <remarks>
/// The built-in console logger wakes its writer thread and makes one write call for every line; at thousands of
/// requests a second that wake-up and system call cost more than the request line itself. Here a request thread
/// only queues its line. The writer wakes for the first line after a quiet spell (so a lone line appears at
/// once), and while lines keep coming it writes whatever has gathered every <see cref="LogLineWriterOptions.BatchInterval"/>,
/// or sooner when half the queue is used. Lines keep their order. When the queue is full, a caller waits for
/// room (<see cref="ConsoleLoggerQueueFullMode.Wait"/>, the default) or its line is dropped and counted, and the count
/// is written as a line of its own (<see cref="ConsoleLoggerQueueFullMode.DropWrite"/>). Disposing, or the process
/// exiting, writes everything still queued.
/// </remarks>
public sealed class LogLineWriter : IDisposable
{
    private readonly Stream _output;
    private readonly Stream _errors;
    private readonly LogLineWriterOptions _options;
    private readonly ConcurrentQueue<(string Text, bool ToErrors)> _lines = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _writing = new();
    private readonly object _room = new();
    private readonly Thread _thread;
    private int _queued;
    private int _writerIdle;
    private int _waitingForRoom;
    private long _dropped;
    private long _droppedUnreported;
    private volatile bool _stopping;

    public LogLineWriter(Stream output, Stream errors, LogLineWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxQueuedLines, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BatchInterval, TimeSpan.Zero);
        _output = output;
        _errors = errors;
        _options = options;
        _thread = new Thread(Run) { IsBackground = true, Name = "Console log writer" };
        _thread.Start();
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Lines dropped so far because the queue was full (only with <see cref="ConsoleLoggerQueueFullMode.DropWrite"/>).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues one line (its text ends with its own line break) for standard output or standard error.</summary>
    public void Write(string text, bool toErrors)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_stopping && !TryReserveRoom())
        {
            Interlocked.Increment(ref _dropped);
            Interlocked.Increment(ref _droppedUnreported);
            return;
        }
        if (_stopping)
        {
            // Once disposal has begun the writer thread may be gone: write at once rather than lose the line.
            WriteBatch([(text, toErrors)]);
            return;
        }
        _lines.Enqueue((text, toErrors));
        // Wake the writer only when it sleeps with nothing to do, or when the queue is half full.
        if (Interlocked.CompareExchange(ref _writerIdle, 0, 1) == 1 || Volatile.Read(ref _queued) == _options.MaxQueuedLines / 2 + 1)
        {
            _wake.Release();
        }
    }

    private bool TryReserveRoom()
    {
        while (true)
        {
            var queued = Volatile.Read(ref _queued);
            if (queued < _options.MaxQueuedLines)
            {
                if (Interlocked.CompareExchange(ref _queued, queued + 1, queued) == queued)
                {
                    return true;
                }
                continue;
            }
            if (_stopping)
            {
                return true;
            }
            if (_options.QueueFullMode == ConsoleLoggerQueueFullMode.DropWrite)
            {
                return false;
            }
            _wake.Release();
            Interlocked.Increment(ref _waitingForRoom);
            lock (_room)
            {
                if (Volatile.Read(ref _queued) >= _options.MaxQueuedLines && !_stopping)
                {
                    // Bounded, so a missed pulse costs at most this long.
                    Monitor.Wait(_room, 50);
                }
            }
            Interlocked.Decrement(ref _waitingForRoom);
        }
    }

    private void Run()
    {
        var batch = new List<(string Text, bool ToErrors)>();
        while (true)
        {
            var written = WriteQueued(batch);
            if (written > 0)
            {
                if (!_stopping)
                {
                    // Let the next lines gather, unless the queue fills or the writer is asked to stop.
                    _wake.Wait(_options.BatchInterval);
                }
                continue;
            }
            if (_stopping)
            {
                return;
            }
            Interlocked.Exchange(ref _writerIdle, 1);
            if (!_lines.IsEmpty && Interlocked.Exchange(ref _writerIdle, 0) == 1)
            {
                continue;
            }
            _wake.Wait();
        }
    }

    private int WriteQueued(List<(string Text, bool ToErrors)> batch)
    {
        batch.Clear();
        while (_lines.TryDequeue(out var line))
        {
            batch.Add(line);
        }
        if (batch.Count > 0)
        {
            // The bound is on lines waiting; the ones taken are written next.
            Interlocked.Add(ref _queued, -batch.Count);
            if (Volatile.Read(ref _waitingForRoom) > 0)
            {
                lock (_room)
                {
                    Monitor.PulseAll(_room);
                }
            }
        }
        var dropped = Interlocked.Exchange(ref _droppedUnreported, 0);
        if (dropped > 0)
        {
            batch.Add(($"warn: {nameof(LogLineWriter)}: {dropped} log line(s) were dropped because the log output could not keep up.{Environment.NewLine}", true));
        }
        if (batch.Count == 0)
        {
            return 0;
        }
        WriteBatch(batch);
        return batch.Count;
    }

    private void WriteBatch(IReadOnlyList<(string Text, bool ToErrors)> batch)
    {
        try
        {
            lock (_writing)
            {
                WriteTo(_output, batch, toErrors: false);
                WriteTo(_errors, batch, toErrors: true);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            // An output that is gone (a closed pipe) must not stop the service; its lines are lost with it.
        }
    }

    private static void WriteTo(Stream stream, IReadOnlyList<(string Text, bool ToErrors)> batch, bool toErrors)
    {
        var bytes = 0;
        foreach (var (text, errors) in batch)
        {
            if (errors == toErrors)
            {
                bytes += Encoding.UTF8.GetByteCount(text);
            }
        }
        if (bytes == 0)
        {
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(bytes);
        try
        {
            var length = 0;
            foreach (var (text, errors) in batch)
            {
                if (errors == toErrors)
                {
                    length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
                }
            }
            stream.Write(buffer, 0, length);
            stream.Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    /// <summary>Writes every queued line, then stops the writer thread. Later lines are written at once.</summary>
    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }
        _stopping = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        _wake.Release();
        lock (_room)
        {
            Monitor.PulseAll(_room);
        }
        if (!_thread.Join(_options.StopTimeout))
        {
            return;
        }
        // Lines queued while the writer was finishing.
        WriteQueued([]);
    }
}

/// <summary>How <see cref="LogLineWriter"/> batches and bounds its queue.</summary>
public sealed record LogLineWriterOptions
{
    /// <summary>How long lines may gather while they keep coming. A lone line is written at once.</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Lines queued at most (the console logger's <c>MaxQueueLength</c>).</summary>
    public int MaxQueuedLines { get; init; } = 2500;

    /// <summary>What a caller does when the queue is full (the console logger's <c>QueueFullMode</c>).</summary>
    public ConsoleLoggerQueueFullMode QueueFullMode { get; init; } = ConsoleLoggerQueueFullMode.Wait;

    /// <summary>How long disposal waits for the queued lines to be written.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
