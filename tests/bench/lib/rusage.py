"""Runs one command and reports its wall time and its rusage (what /usr/bin/time reports, with
microsecond resolution instead of /usr/bin/time's 10 ms).

    python3 rusage.py RESULT.json CWD COMMAND [ARGS...]

RESULT.json: {"wall": s, "user": s, "sys": s, "maxrss_kb": n, "status": exit code or -signal}.
The times are the child's own plus those of the children it waited for (wait4). The command's
standard streams are inherited; standard input is /dev/null.
"""
import json
import os
import sys
import time


def main():
    result, cwd, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.execvp(argv[0], argv)
        except BaseException as e:  # noqa: BLE001 - report and leave the child at once
            os.write(2, f"rusage.py: cannot run {argv[0]}: {e}\n".encode())
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    with open(result, "w") as f:
        json.dump({"wall": wall, "user": ru.ru_utime, "sys": ru.ru_stime, "maxrss_kb": ru.ru_maxrss, "status": code}, f)


main()
