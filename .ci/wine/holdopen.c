/* For the Wine test only: holds a file open as Excel holds a workbook it
 * shows (others may read it, nobody may write, rename or delete it) for
 * the given number of seconds, so koonti's "open in another program"
 * message is tested.
 * Build: x86_64-w64-mingw32-gcc -municode -o holdopen.exe holdopen.c
 * Run:   holdopen.exe FILE SECONDS */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 3)
        return 2;
    HANDLE file = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return 1;
    printf("open\n");
    fflush(stdout);
    Sleep((DWORD)_wtoi(argv[2]) * 1000);
    CloseHandle(file);
    return 0;
}
