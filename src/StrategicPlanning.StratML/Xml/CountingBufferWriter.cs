using System.Buffers;

namespace StrategicPlanning.StratML;

/// <summary>A buffer writer that keeps nothing and counts the bytes written: the size of a JSON text without holding it.</summary>
internal sealed class CountingBufferWriter : IBufferWriter<byte>
{
    private byte[] buffer = new byte[64 * 1024];

    public long Count { get; private set; }

    public void Advance(int count) => Count += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Buffer(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Buffer(sizeHint);

    private byte[] Buffer(int sizeHint)
    {
        if (sizeHint > buffer.Length)
        {
            buffer = new byte[sizeHint];
        }

        return buffer;
    }
}
