namespace NetworkGraph.Core.Exports;

/// <summary>
/// The output an <see cref="System.Xml.XmlWriter"/> writes into: it keeps what the writer produces in memory and
/// hands it on in chunks with <see cref="DrainAsync"/>, so a document is streamed to a response whose server refuses
/// synchronous writes, and never held whole. The writer's own flushes stop here; only a drain reaches the destination.
/// </summary>
public sealed class ChunkedOutput(Stream destination) : Stream
{
    /// <summary>How much is gathered before it is worth a write to the destination.</summary>
    public const int ChunkSize = 64 * 1024;

    private readonly MemoryStream _pending = new(ChunkSize * 2);

    public bool IsFull => _pending.Length >= ChunkSize;

    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await destination.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
            _pending.SetLength(0);
        }
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override void WriteByte(byte value) => _pending.WriteByte(value);

    public override void Flush()
    {
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }
        base.Dispose(disposing);
    }
}
