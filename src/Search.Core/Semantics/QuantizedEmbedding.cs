using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Search.Core.Semantics;

/// <summary>
/// An embedding stored in a quarter of the space: each component scaled so the largest is ±127 and rounded to a
/// signed byte, after a header holding the format and 1/‖q‖ of the rounded vector. The cosine of two stored vectors
/// is then an integer dot product times the two inverse norms: the exact cosine of the rounded vectors, within a
/// few thousandths of the float cosine for 384 dimensions.
/// </summary>
public static class QuantizedEmbedding
{
    /// <summary>First byte of every stored vector; a later encoding takes another.</summary>
    public const byte Format = 1;

    /// <summary>The format byte and the float inverse norm.</summary>
    public const int HeaderLength = 5;

    public static int Length(int dimensions) => HeaderLength + dimensions;

    public static byte[] Quantize(ReadOnlySpan<float> vector)
    {
        var max = 0f;
        foreach (var value in vector)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        var bytes = new byte[Length(vector.Length)];
        var components = MemoryMarshal.Cast<byte, sbyte>(bytes.AsSpan(HeaderLength));
        var scale = max > 0 && float.IsFinite(max) ? 127f / max : 0f;
        long squares = 0;
        for (var i = 0; i < vector.Length; i++)
        {
            var q = (sbyte)Math.Clamp(MathF.Round(vector[i] * scale), -127, 127);
            components[i] = q;
            squares += q * q;
        }

        bytes[0] = Format;
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(1), squares > 0 ? 1f / MathF.Sqrt(squares) : 0f);
        return bytes;
    }

    /// <summary>True for a vector of this format with <paramref name="dimensions"/> components.</summary>
    public static bool IsValid(ReadOnlySpan<byte> stored, int dimensions) =>
        stored.Length == Length(dimensions) && stored[0] == Format;

    /// <summary>The cosine of two stored vectors; 0 when either is missing, of another format or of another length.</summary>
    public static float Cosine(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length || a.Length <= HeaderLength || a[0] != Format || b[0] != Format)
        {
            return 0f;
        }

        var dot = Dot(MemoryMarshal.Cast<byte, sbyte>(a[HeaderLength..]), MemoryMarshal.Cast<byte, sbyte>(b[HeaderLength..]));
        return dot * BinaryPrimitives.ReadSingleLittleEndian(a[1..]) * BinaryPrimitives.ReadSingleLittleEndian(b[1..]);
    }

    /// <summary>
    /// Σ aᵢbᵢ over signed bytes, SIMD-wide: each product of two bytes fits a 16-bit lane (127² &lt; 2¹⁵), and the
    /// products are widened to 32-bit lanes before they are summed. TensorPrimitives.Dot would multiply and sum in
    /// sbyte and overflow.
    /// </summary>
    internal static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = Vector<int>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(a[i..]), out var aLow, out var aHigh);
                Vector.Widen(new Vector<sbyte>(b[i..]), out var bLow, out var bHigh);
                Vector.Widen(aLow * bLow, out var p0, out var p1);
                Vector.Widen(aHigh * bHigh, out var p2, out var p3);
                sum += p0 + p1 + p2 + p3;
            }
        }

        var dot = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }
}
