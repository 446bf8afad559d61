using System.Buffers.Binary;

namespace HeartSite.Site;

/// <summary>The pixel size of a PNG or JPEG file, read from its header; null for anything else.</summary>
public static class ImageSize
{
    static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height)? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 24 && bytes.AsSpan(0, 8).SequenceEqual(PngSignature))
            return Positive(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        return bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? Jpeg(bytes) : null;
    }

    // A JPEG is a chain of segments (0xFF, marker, 2-byte length); the frame header (SOFn) holds the size.
    static (int, int)? Jpeg(byte[] bytes)
    {
        for (var i = 2; i + 9 < bytes.Length;)
        {
            if (bytes[i] != 0xFF) return null;
            var marker = bytes[i + 1];
            if (marker == 0xFF) { i++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5)));
            i += 2 + length;
        }
        return null;
    }

    static (int, int)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
