/*
 * Test support for running poa.exe under Wine; never shipped to sellers.
 *
 * Rust's standard library draws random numbers (for HashMap seeds and temporary file names)
 * from ProcessPrng in bcryptprimitives.dll, which every Windows since 10 has, but Debian's
 * Wine 8 lacks: without it poa.exe exits with code 53 before printing anything. Built as a
 * bcryptprimitives.dll placed beside poa.exe, this forwards the call to RtlGenRandom
 * (SystemFunction036 in advapi32), which Wine does have.
 */
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
