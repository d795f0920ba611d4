/* For the Wine test only, never shipped: Wine 8 has no bcryptprimitives.dll,
 * from which Rust's standard library takes ProcessPrng (random bytes, e.g.
 * for HashMap keys and temporary file names). This stand-in exports it and
 * asks advapi32's RtlGenRandom (SystemFunction036), which Wine has.
 * Build: x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
