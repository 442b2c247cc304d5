using System.Runtime.InteropServices;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// Copies a slice of one file into another at the same offset: on Linux with the kernel's <c>copy_file_range</c> (what
/// <see cref="File.Copy(string, string)"/> uses too; the bytes never pass through this process), elsewhere, or where the
/// kernel refuses (another file system, an old kernel), by reading and writing.
/// </summary>
static class FileSlice
{
    static volatile bool _noKernelCopy = !OperatingSystem.IsLinux();

    /// <summary>Copies up to <paramref name="count"/> bytes at <paramref name="offset"/>; returns how many (0 at the source's end).</summary>
    public static int Copy(FileStream source, FileStream target, long offset, int count, ref byte[]? buffer)
    {
        if (!_noKernelCopy)
        {
            target.Flush(); // nothing of ours may sit in the target's buffer
            long from = offset, to = offset;
            var done = copy_file_range(source.SafeFileHandle.DangerousGetHandle().ToInt32(), ref from,
                target.SafeFileHandle.DangerousGetHandle().ToInt32(), ref to, (nuint)count, 0);
            if (done >= 0) return (int)done;
            // This kernel or file system cannot: read and write from now on. Any other error (a full disk) comes back from
            // the write below too, as .NET's own exception.
            if (Marshal.GetLastPInvokeError() is ENOSYS or EXDEV or EINVAL or EOPNOTSUPP) _noKernelCopy = true;
        }
        buffer ??= new byte[1 << 20];
        var read = RandomAccess.Read(source.SafeFileHandle, buffer.AsSpan(0, Math.Min(count, buffer.Length)), offset);
        RandomAccess.Write(target.SafeFileHandle, buffer.AsSpan(0, read), offset);
        return read;
    }

    const int EXDEV = 18, EINVAL = 22, ENOSYS = 38, EOPNOTSUPP = 95;

    [DllImport("libc", SetLastError = true)]
    static extern nint copy_file_range(int fdIn, ref long offIn, int fdOut, ref long offOut, nuint len, uint flags);
}
