/*
 * A stand-in for Windows' bcryptprimitives.dll, for the smoke test under Wine only.
 *
 * Rust's standard library (1.78 and later) asks bcryptprimitives.dll for random bytes
 * with ProcessPrng. Every Windows 10 and 11 has that DLL; Wine before 8.13 does not, and
 * Debian 12 ships Wine 8.0, so there the program stops before main. dist/smoke builds this
 * file with mingw-w64 and puts the DLL beside zhulao.exe in its own unpacked copy; it is
 * never part of the zip a volunteer downloads (dist/build does not know it).
 *
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32's SystemFunction036), which
 * Wine has long had, and, like the real one, always says it succeeded.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            /* The real ProcessPrng cannot fail; a smoke test that gets no randomness
             * must not carry on with zeros. */
            ExitProcess(3);
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
