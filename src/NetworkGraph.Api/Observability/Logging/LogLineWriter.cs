using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging.Console;

namespace NetworkGraph.Api.Observability.Logging;

/// <summary>
/// Writes formatted log lines to the process's output from one background thread, many lines per write.
/// </summary>
/// <remarks>
/// The built-in console logger wakes its writer thread and makes one write call for every line; at thousands of
/// requests a second that wake-up and system call cost more than the request line itself. Here a request thread
/// only queues its line. The writer wakes for the first line after a quiet spell (so a lone line appears at
/// once), and while lines keep coming it writes whatever has gathered every <see cref="LogLineWriterOptions.BatchInterval"/>,
/// or sooner when half the queue is used. Lines keep their order, across standard output and standard error too.
/// When the queue is full, a caller waits for room (<see cref="ConsoleLoggerQueueFullMode.Wait"/>, the default) or
/// its line is dropped and counted, and the count is written as a line of its own
/// (<see cref="ConsoleLoggerQueueFullMode.DropWrite"/>). Disposing, or the process exiting, writes everything
/// queued; a line logged after that is written at once. An output that fails loses its lines, never the service.
/// </remarks>
public sealed class LogLineWriter : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly Stream _output;
    private readonly Stream _errors;
    private readonly LogLineWriterOptions _options;
    private readonly ConcurrentQueue<(string Text, bool ToErrors)> _lines = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _writing = new();
    private readonly object _room = new();
    private readonly List<(string Text, bool ToErrors)> _batch = [];
    private readonly byte[] _chunk = new byte[ChunkBytes];
    private readonly Thread _thread;
    private int _queued;
    private int _writerIdle;
    private int _wakePending;
    private int _waitingForRoom;
    private int _disposed;
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
        if (_stopping)
        {
            Interlocked.Increment(ref _queued);
        }
        else if (!TryReserveRoom())
        {
            Interlocked.Increment(ref _dropped);
            Interlocked.Increment(ref _droppedUnreported);
            return;
        }
        _lines.Enqueue((text, toErrors));
        // Checked after queueing: disposal sets the flag before its last drain, so a line queued after that drain
        // sees it here and is written by its caller, behind every line queued before it.
        if (_stopping)
        {
            WriteQueued();
            return;
        }
        // Wake the writer when it sleeps with nothing to do, or when the queue is half full.
        if (Interlocked.CompareExchange(ref _writerIdle, 0, 1) == 1 || Volatile.Read(ref _queued) > _options.MaxQueuedLines / 2)
        {
            WakeWriter();
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
            WakeWriter();
            if (_options.QueueFullMode == ConsoleLoggerQueueFullMode.DropWrite)
            {
                return false;
            }
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
            if (_stopping)
            {
                Interlocked.Increment(ref _queued);
                return true;
            }
        }
    }

    // At most one wake-up outstanding, however many callers ask: the writer clears the flag when it wakes.
    private void WakeWriter()
    {
        if (Interlocked.CompareExchange(ref _wakePending, 1, 0) == 0)
        {
            _wake.Release();
        }
    }

    private void Sleep(TimeSpan? timeout)
    {
        if (timeout is { } interval)
        {
            _wake.Wait(interval);
        }
        else
        {
            _wake.Wait();
        }
        Interlocked.Exchange(ref _wakePending, 0);
    }

    private void Run()
    {
        while (true)
        {
            if (WriteQueued() > 0)
            {
                if (!_stopping)
                {
                    // Let the next lines gather, unless the queue fills or the writer is asked to stop.
                    Sleep(_options.BatchInterval);
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
            Sleep(null);
        }
    }

    /// <summary>
    /// Takes every queued line and writes them in order; one drain at a time, so batches never overtake each other.
    /// With a patience, gives up (returning 0) when another drain holds the output longer than that.
    /// </summary>
    private int WriteQueued(TimeSpan? patience = null)
    {
        if (patience is { } wait)
        {
            if (!_writing.TryEnter(wait))
            {
                return 0;
            }
        }
        else
        {
            _writing.Enter();
        }
        try
        {
            _batch.Clear();
            while (_lines.TryDequeue(out var line))
            {
                _batch.Add(line);
            }
            if (_batch.Count > 0)
            {
                // The bound is on lines waiting; the ones taken are written next.
                Interlocked.Add(ref _queued, -_batch.Count);
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
                _batch.Add(($"warn: {nameof(LogLineWriter)}: {dropped} log line(s) were dropped because the log output could not keep up.{Environment.NewLine}", true));
            }
            if (_batch.Count > 0)
            {
                WriteBatch(_batch);
            }
            return _batch.Count;
        }
        finally
        {
            _writing.Exit();
        }
    }

    // Consecutive lines for the same output are written together; the outputs alternate in the lines' order.
    private void WriteBatch(List<(string Text, bool ToErrors)> batch)
    {
        try
        {
            var length = 0;
            var target = batch[0].ToErrors;
            foreach (var (text, toErrors) in batch)
            {
                var bytes = Encoding.UTF8.GetByteCount(text);
                if (toErrors != target || length + bytes > _chunk.Length)
                {
                    Flush(target, length);
                    length = 0;
                    target = toErrors;
                }
                if (bytes > _chunk.Length)
                {
                    WriteLong(toErrors ? _errors : _output, text, bytes);
                    continue;
                }
                length += Encoding.UTF8.GetBytes(text, _chunk.AsSpan(length));
            }
            Flush(target, length);
        }
        catch (Exception)
        {
            // Whatever the output throws (a closed pipe, a full disk, a revoked permission), the service goes
            // on; the lines of this batch are lost with the output.
        }
    }

    private void Flush(bool toErrors, int length)
    {
        if (length == 0)
        {
            return;
        }
        var stream = toErrors ? _errors : _output;
        stream.Write(_chunk, 0, length);
        stream.Flush();
    }

    private static void WriteLong(Stream stream, string text, int bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            stream.Write(buffer, 0, length);
            stream.Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    /// <summary>Writes every queued line, then stops the writer thread. Later lines are written at once by their callers.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
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
        // Lines queued while the writer was finishing; if it is stuck on its output, do not hang the exit with it.
        WriteQueued(_thread.Join(_options.StopTimeout) ? null : TimeSpan.Zero);
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

    /// <summary>How long disposal waits for the writer thread to finish.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
