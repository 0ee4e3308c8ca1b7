/*
 * Test support for scripts/windows-smoke; never shipped to sellers.
 *
 * Holds FILE open the way Word holds the document it shows (others may read it, not write,
 * rename over or delete it), or with "exclusive" as some editors do (others may not even read
 * it); prints "held by process ID" once it does, and lets go when its standard input ends.
 * Usage: windows-hold-file.exe FILE [exclusive]
 */
#include <stdio.h>
#include <windows.h>

int wmain(int argc, wchar_t **argv)
{
    HANDLE file;
    char rest[256];

    if (argc < 2 || argc > 3)
        return 64;
    file = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, argc == 3 ? 0 : FILE_SHARE_READ,
                       NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return 66;
    printf("held by process %lu\n", GetCurrentProcessId());
    fflush(stdout);
    while (fgets(rest, sizeof rest, stdin))
        ;
    CloseHandle(file);
    return 0;
}
