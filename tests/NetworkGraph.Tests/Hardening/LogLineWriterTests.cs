using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Console;
using NetworkGraph.Api.Observability.Logging;

namespace NetworkGraph.Tests.Hardening;

/// <summary>The request log's output: lines batched into few writes, in order, none lost, bounded.</summary>
public sealed class LogLineWriterTests
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void every_line_of_many_threads_is_written_in_each_threads_order_even_through_a_small_queue()
    {
        var output = new RecordingStream();
        var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions { MaxQueuedLines = 64 });

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                writer.Write($"t{thread} {i}\n", toErrors: false);
            }
        });
        writer.Dispose();

        var lines = output.Lines();
        Assert.Equal(40_000, lines.Count);
        for (var thread = 0; thread < 8; thread++)
        {
            var own = lines.Where(l => l.StartsWith($"t{thread} ", StringComparison.Ordinal)).Select(l => int.Parse(l.Split(' ')[1])).ToList();
            Assert.Equal(Enumerable.Range(0, 5_000), own);
        }
        Assert.Equal(0, writer.Dropped);
    }

    [Fact]
    public void a_lone_line_is_written_at_once_not_after_the_batch_interval()
    {
        var output = new RecordingStream();
        using var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions { BatchInterval = TimeSpan.FromMinutes(5) });

        writer.Write("first\n", toErrors: false);

        Assert.True(output.WaitForText("first\n", _patience));
    }

    [Fact]
    public void after_a_quiet_spell_the_sleeping_writer_is_woken_by_the_next_line()
    {
        var output = new RecordingStream();
        using var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions { BatchInterval = TimeSpan.FromMilliseconds(50) });
        writer.Write("first\n", toErrors: false);
        Assert.True(output.WaitForText("first\n", _patience));

        // Longer than the batch interval: the writer has found nothing more and sleeps until a line wakes it.
        Thread.Sleep(300);
        writer.Write("second\n", toErrors: false);

        Assert.True(output.WaitForText("second\n", _patience));
    }

    [Fact]
    public void a_stream_of_lines_is_written_in_far_fewer_writes_than_lines()
    {
        var output = new RecordingStream();
        var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions { MaxQueuedLines = 100_000 });

        for (var i = 0; i < 20_000; i++)
        {
            writer.Write($"line {i}\n", toErrors: false);
        }
        writer.Dispose();

        Assert.Equal(20_000, output.Lines().Count);
        Assert.True(output.Writes < 2_000, $"{output.Writes} writes for 20,000 lines");
    }

    [Fact]
    public void lines_for_standard_error_go_there_and_the_rest_to_standard_output()
    {
        var output = new RecordingStream();
        var errors = new RecordingStream();
        var writer = new LogLineWriter(output, errors, new LogLineWriterOptions());

        writer.Write("info: fine\n", toErrors: false);
        writer.Write("fail: broken\n", toErrors: true);
        writer.Write("info: fine again\n", toErrors: false);
        writer.Dispose();

        Assert.Equal(["info: fine", "info: fine again"], output.Lines());
        Assert.Equal(["fail: broken"], errors.Lines());
    }

    [Fact]
    public async Task when_the_output_stalls_and_the_queue_is_full_callers_wait_by_default_and_nothing_is_lost()
    {
        var output = new RecordingStream { Stalled = true };
        var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions { MaxQueuedLines = 10 });
        writer.Write("line 0\n", toErrors: false);
        Assert.True(output.WriteStarted.Wait(_patience), "the writer took the first line");

        var caller = Task.Run(() =>
        {
            for (var i = 1; i <= 30; i++)
            {
                writer.Write($"line {i}\n", toErrors: false);
            }
        });

        await Task.WhenAny(caller, Task.Delay(300));
        Assert.False(caller.IsCompleted, "a caller with a full queue waits for room");
        output.Stalled = false;
        await caller.WaitAsync(_patience);
        writer.Dispose();
        Assert.Equal(Enumerable.Range(0, 31).Select(i => $"line {i}"), output.Lines());
        Assert.Equal(0, writer.Dropped);
    }

    [Fact]
    public async Task in_drop_mode_a_full_queue_drops_lines_and_says_how_many_on_standard_error()
    {
        var output = new RecordingStream { Stalled = true };
        var errors = new RecordingStream();
        var writer = new LogLineWriter(output, errors, new LogLineWriterOptions
        {
            MaxQueuedLines = 10,
            QueueFullMode = ConsoleLoggerQueueFullMode.DropWrite,
        });
        writer.Write("line 0\n", toErrors: false);
        Assert.True(output.WriteStarted.Wait(_patience));

        var caller = Task.Run(() =>
        {
            for (var i = 1; i <= 30; i++)
            {
                writer.Write($"line {i}\n", toErrors: false);
            }
        });
        // In drop mode a caller never waits, even though the output is still stalled.
        await caller.WaitAsync(_patience);
        Assert.Equal(20, writer.Dropped);

        output.Stalled = false;
        writer.Dispose();
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"line {i}"), output.Lines());
        Assert.Contains(errors.Lines(), l => l.Contains("20 log line(s) were dropped", StringComparison.Ordinal));
    }

    [Fact]
    public void lines_for_both_outputs_keep_their_order_when_the_outputs_are_one_stream()
    {
        var both = new RecordingStream();
        var writer = new LogLineWriter(both, both, new LogLineWriterOptions { BatchInterval = TimeSpan.FromMinutes(5) });
        writer.Write("info: a\n", toErrors: false);
        Assert.True(both.WaitForText("info: a\n", _patience));

        // Written within one batch now: the writer sleeps out its interval until disposal drains them together.
        writer.Write("info: b\n", toErrors: false);
        writer.Write("fail: c\n", toErrors: true);
        writer.Write("info: d\n", toErrors: false);
        writer.Write("fail: e\n", toErrors: true);
        writer.Dispose();

        Assert.Equal(["info: a", "info: b", "fail: c", "info: d", "fail: e"], both.Lines());
    }

    [Fact]
    public void lines_written_while_the_writer_is_disposed_are_all_written_in_each_threads_order()
    {
        var output = new RecordingStream();
        var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions { MaxQueuedLines = 100 });
        using var started = new CountdownEvent(4);

        var threads = Enumerable.Range(0, 4).Select(thread => new Thread(() =>
        {
            started.Signal();
            for (var i = 0; i < 5_000; i++)
            {
                writer.Write($"t{thread} {i}\n", toErrors: false);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        started.Wait();
        var disposers = Enumerable.Range(0, 2).Select(_ => new Thread(writer.Dispose)).ToList();
        disposers.ForEach(t => t.Start());
        threads.Concat(disposers).ToList().ForEach(t => t.Join());

        var lines = output.Lines();
        Assert.Equal(20_000, lines.Count);
        for (var thread = 0; thread < 4; thread++)
        {
            var own = lines.Where(l => l.StartsWith($"t{thread} ", StringComparison.Ordinal)).Select(l => int.Parse(l.Split(' ')[1])).ToList();
            Assert.Equal(Enumerable.Range(0, 5_000), own);
        }
    }

    [Fact]
    public void in_drop_mode_a_full_queue_wakes_the_writer_rather_than_waiting_out_its_interval()
    {
        var output = new RecordingStream();
        var errors = new RecordingStream();
        using var writer = new LogLineWriter(output, errors, new LogLineWriterOptions
        {
            MaxQueuedLines = 4,
            QueueFullMode = ConsoleLoggerQueueFullMode.DropWrite,
            BatchInterval = TimeSpan.FromMinutes(5),
        });
        writer.Write("first\n", toErrors: false);
        Assert.True(output.WaitForText("first\n", _patience));

        for (var i = 0; i < 100; i++)
        {
            writer.Write($"line {i}\n", toErrors: false);
        }

        Assert.True(errors.WaitForText("were dropped", _patience), "the drop was reported long before the 5-minute interval");
        Assert.True(writer.Dropped > 0);
    }

    [Fact]
    public void a_line_written_after_disposal_is_written_at_once()
    {
        var output = new RecordingStream();
        var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions());
        writer.Dispose();

        writer.Write("late\n", toErrors: false);

        Assert.Equal(["late"], output.Lines());
    }

    [Theory]
    [InlineData("a closed pipe")]
    [InlineData("a revoked permission")]
    public void an_output_that_fails_loses_its_batch_but_not_the_caller_or_the_writer(string failure)
    {
        var output = new RecordingStream
        {
            FailNextWrites = 1,
            Failure = failure == "a closed pipe" ? () => new IOException(failure) : () => new UnauthorizedAccessException(failure),
        };
        var writer = new LogLineWriter(output, new RecordingStream(), new LogLineWriterOptions());

        writer.Write("lost with the broken write\n", toErrors: false);
        Assert.True(SpinWait.SpinUntil(() => output.FailNextWrites == 0, _patience));
        writer.Write("after\n", toErrors: false);
        writer.Dispose();

        Assert.Equal(["after"], output.Lines());
    }

    [Fact]
    public void bad_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new LogLineWriter(new RecordingStream(), new RecordingStream(), new LogLineWriterOptions { MaxQueuedLines = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new LogLineWriter(new RecordingStream(), new RecordingStream(), new LogLineWriterOptions { BatchInterval = TimeSpan.Zero }));
    }

    /// <summary>An output that records what it was given, can stall its writes, and can fail them.</summary>
    internal sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _written = new();
        private readonly Lock _gate = new();
        private volatile bool _stalled;
        private int _failNextWrites;

        public ManualResetEventSlim WriteStarted { get; } = new();

        public Func<Exception> Failure { get; init; } = () => new IOException("broken pipe");

        public int Writes { get; private set; }

        public bool Stalled
        {
            get => _stalled;
            set => _stalled = value;
        }

        public int FailNextWrites
        {
            get => Volatile.Read(ref _failNextWrites);
            set => Volatile.Write(ref _failNextWrites, value);
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            WriteStarted.Set();
            var stalledSince = Stopwatch.StartNew();
            while (_stalled && stalledSince.Elapsed < _patience)
            {
                Thread.Sleep(5);
            }
            if (Interlocked.Decrement(ref _failNextWrites) >= 0)
            {
                throw Failure();
            }
            Interlocked.Exchange(ref _failNextWrites, 0);
            lock (_gate)
            {
                _written.Write(buffer, offset, count);
                Writes++;
            }
        }

        public string Text()
        {
            lock (_gate)
            {
                return Encoding.UTF8.GetString(_written.ToArray());
            }
        }

        public List<string> Lines() => Text().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

        public bool WaitForText(string text, TimeSpan timeout) =>
            SpinWait.SpinUntil(() => Text().Contains(text, StringComparison.Ordinal), timeout);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
