using System.Buffers;

namespace StrategicPlanning.Json;

/// <summary>Reads a stream to its end into pooled memory, refusing to grow past a limit (VAL-4: bounded memory).</summary>
internal struct StreamBuffer : IDisposable
{
    private byte[]? buffer;
    private int length;

    public readonly ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    /// <summary>Reads the whole stream; returns false when it holds more than <paramref name="limit"/> bytes.</summary>
    public bool Fill(Stream stream, long limit)
    {
        var max = (int)Math.Min(limit, Array.MaxLength - 1);
        if (stream.CanSeek && stream.Length - stream.Position > max)
        {
            return false; // refused before reading a byte
        }

        var initial = stream.CanSeek ? (int)Math.Max(stream.Length - stream.Position + 1, 1) : 64 * 1024;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Min(initial, max + 1));
        while (true)
        {
            if (length == buffer.Length)
            {
                Grow(max + 1); // length <= max here: each read that went past it has returned
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return length <= max;
            }

            length += read;
            if (length > max)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }

    private void Grow(int cap)
    {
        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer!.Length * 2, cap));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
