"""What /proc says about one process (the server under test, never the bench itself): CPU time
and resident memory."""

from __future__ import annotations

import os
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of the process (all its threads, not its children), in seconds.

    /proc/PID/stat counts in clock ticks (1/100 s here), so a figure per command is taken over
    enough commands that a tick is small next to the total."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # the command name may hold spaces
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5), counted from 1
    return (utime + stime) / CLOCK_TICKS


def rss_mb(pid: int, field_name: str) -> float:
    """A memory field of /proc/PID/status in MB: VmRSS (now) or VmHWM (the peak so far)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak_rss(pid: int) -> bool:
    """Start VmHWM again from the current RSS (proc(5): write 5 to clear_refs); False where refused."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True
