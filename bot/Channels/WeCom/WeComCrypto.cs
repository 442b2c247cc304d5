using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>A callback that cannot be trusted or read: a bad signature, a receive id that is not ours, an undecryptable or unsafe body.</summary>
public sealed class WeComCallbackException(string message) : Exception(message);

/// <summary>
/// WeCom's callback crypto (WXBizMsgCrypt): the SHA-1 signature over the sorted token, timestamp, nonce and ciphertext;
/// AES-256-CBC with key = base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding to 32-byte blocks;
/// plaintext = 16 random bytes, the message's length (4 bytes, big-endian), the message, the receive id (the CorpId).
/// </summary>
public sealed class WeComCrypto
{
    const int BlockSize = 32;
    readonly string _token;
    readonly byte[] _key;
    readonly byte[] _iv;
    readonly string _receiveId;

    public WeComCrypto(string token, string encodingAesKey, string receiveId)
    {
        _token = token;
        _key = TryDecodeKey(encodingAesKey) ?? throw new ArgumentException(WeComOptionsValidator.AesKeyProblem(encodingAesKey), nameof(encodingAesKey));
        _iv = _key[..16];
        _receiveId = receiveId;
    }

    public static WeComCrypto For(WeComOptions options) => new(options.Token!, options.EncodingAesKey!, options.CorpId!.Trim());

    /// <summary>The 32-byte AES key the 43-character EncodingAESKey stands for, or null.</summary>
    public static byte[]? TryDecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 }) return null;
        var key = new byte[33];
        return Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) && written == 32 ? key[..32] : null;
    }

    /// <summary>SHA-1 (lower-case hex) of the four strings sorted ordinally and joined.</summary>
    public static string Signature(string token, string timestamp, string nonce, string encrypted)
    {
        string[] parts = [token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    public bool SignatureMatches(string? signature, string timestamp, string nonce, string encrypted)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        var expected = Encoding.ASCII.GetBytes(Signature(_token, timestamp, nonce, encrypted));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant()));
    }

    /// <summary>The URL check: verifies the signature over echostr and answers its plain text.</summary>
    public string VerifyUrl(string? signature, string timestamp, string nonce, string echoStr)
    {
        if (!SignatureMatches(signature, timestamp, nonce, echoStr)) throw new WeComCallbackException("the msg_signature does not match the echostr");
        return Decrypt(echoStr);
    }

    /// <summary>A message or event: verifies the signature over the body's Encrypt element and answers the plain XML.</summary>
    public string DecryptMessage(string? signature, string timestamp, string nonce, string postBody)
    {
        var encrypted = WeComXml.Load(postBody).Element("Encrypt")?.Value;
        if (string.IsNullOrEmpty(encrypted)) throw new WeComCallbackException("the body has no Encrypt element");
        if (!SignatureMatches(signature, timestamp, nonce, encrypted)) throw new WeComCallbackException("the msg_signature does not match the Encrypt element");
        return Decrypt(encrypted);
    }

    /// <summary>Decrypts base64 ciphertext and checks the receive id.</summary>
    public string Decrypt(string encrypted)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException)
        {
            throw new WeComCallbackException("the ciphertext is not base64");
        }
        if (cipher.Length == 0 || cipher.Length % 16 != 0) throw new WeComCallbackException("the ciphertext is not whole AES blocks");
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher, _iv, PaddingMode.None);
        var pad = plain[^1];
        if (pad is < 1 or > BlockSize || pad > plain.Length || plain.AsSpan(plain.Length - pad).IndexOfAnyExcept(pad) >= 0)
            throw new WeComCallbackException("the plaintext's padding is wrong (another EncodingAESKey?)");
        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20) throw new WeComCallbackException("the plaintext is too short");
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        if (length < 0 || length > content.Length - 20) throw new WeComCallbackException("the plaintext's length field is wrong");
        var receiveId = Encoding.UTF8.GetString(content[(20 + length)..]);
        if (!string.Equals(receiveId, _receiveId, StringComparison.Ordinal))
            throw new WeComCallbackException($"the receive id '{receiveId}' is not WeCom:CorpId");
        return Encoding.UTF8.GetString(content.Slice(20, length));
    }

    /// <summary>Encrypts a message for WeCom (a passive reply, or a callback in the test double); random bytes unless given.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random = default)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var receiveId = Encoding.UTF8.GetBytes(_receiveId);
        var length = 20 + body.Length + receiveId.Length;
        var pad = BlockSize - length % BlockSize;
        var plain = new byte[length + pad];
        if (random.Length == 16) random.CopyTo(plain);
        else RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        receiveId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    /// <summary>A passive reply as WeCom takes it: <c>&lt;xml&gt;&lt;Encrypt/&gt;&lt;MsgSignature/&gt;&lt;TimeStamp/&gt;&lt;Nonce/&gt;&lt;/xml&gt;</c>.</summary>
    public string EncryptReply(string replyXml, string timestamp, string nonce)
    {
        var encrypted = Encrypt(replyXml);
        var signature = Signature(_token, timestamp, nonce, encrypted);
        return $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt><MsgSignature><![CDATA[{signature}]]></MsgSignature><TimeStamp>{timestamp}</TimeStamp><Nonce><![CDATA[{nonce}]]></Nonce></xml>";
    }
}
