using System.Security.Cryptography;
using System.Text;

namespace PerformanceHub.Security;

/// <summary>
/// Makes and checks API keys: <c>sph_PREFIX_SECRET</c>, 8 characters of prefix (stored, to find the row) and 43 of
/// secret (256 random bits). Only the SHA-256 of the whole key is stored; a fast hash is right for a random 256-bit
/// secret, which cannot be guessed from a list the way a password can.
/// </summary>
public static class ApiKeys
{
    /// <summary>The request header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    public static (string Key, string Prefix, string Hash) Create()
    {
        var prefix = Base64Url(RandomNumberGenerator.GetBytes(6));
        var key = $"sph_{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return (key, prefix, Hash(key));
    }

    /// <summary>The prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string? key) =>
        key is { Length: > 14 } && key.StartsWith("sph_", StringComparison.Ordinal) && key[12] == '_' ? key[4..12] : null;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares a presented key with a stored hash in constant time.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
