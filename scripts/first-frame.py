#!/usr/bin/env python3
"""Time to the first frame of `docket DIR` in a pseudo-terminal, against one pass of
`fzf --filter` over the same records (`docket search --list DIR`).

The interface is started in a pty of 120x40; the clock stops when its output holds the
header's "discussed" (drawn with the first frame); its CPU time so far is read from /proc.
fzf's CPU time comes from getrusage. Runs alternate; medians are reported.
Pinned to one core with taskset. The load cache is warmed first (XDG_CACHE_HOME is set to
a scratch folder), and a run with DOCKET_CACHE=off is reported too.

usage: scripts/first-frame.py DIR [ROUNDS] [--docket BIN]
"""
import fcntl
import os
import pty
import resource
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.environ.get("CORE", "1")
# One pass of fzf over every record: a word of the generated corpus, as bench-cli.sh uses.
QUERY = os.environ.get("QUERY", "budget")


def first_frame(binary, folder, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe("taskset", ["taskset", "-c", CORE, binary, folder, "--today", "2026-01-05"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    t0 = time.perf_counter()
    seen = b""
    deadline = t0 + 60
    elapsed = None
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        if b"discussed" in seen:
            elapsed = time.perf_counter() - t0
            cpu = cpu_seconds(pid)
            break
    os.kill(pid, signal.SIGTERM)
    try:
        while True:
            r, _, _ = select.select([fd], [], [], 0.2)
            if not r or not os.read(fd, 65536):
                break
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit(f"no first frame within 60 s; output: {seen[-500:]!r}")
    return elapsed, cpu


def cpu_seconds(pid):
    """User + system CPU time a running process used so far (taskset execs docket)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fzf_pass(records, query):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(records, "rb") as f:
        subprocess.run(["taskset", "-c", CORE, "fzf", "--filter", query], stdin=f,
                       stdout=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0]
    rounds = int(args[1]) if len(args) > 1 else 7
    binary = os.path.join(ROOT, "target/release/docket")
    if "--docket" in sys.argv:
        binary = sys.argv[sys.argv.index("--docket") + 1]
    cache = tempfile.mkdtemp(prefix="docket-ff-cache-")
    records = os.path.join(cache, "records.txt")
    with open(records, "wb") as f:
        subprocess.run([binary, "search", "--list", folder], stdout=f, check=True)
    warm = dict(os.environ, XDG_CACHE_HOME=cache, TERM="xterm-256color")
    cold = dict(warm, DOCKET_CACHE="off")
    first_frame(binary, folder, warm)  # fills the cache
    w, c, z = [], [], []
    for _ in range(rounds):
        w.append(first_frame(binary, folder, warm))
        z.append(fzf_pass(records, QUERY))
        c.append(first_frame(binary, folder, cold))
    med = lambda xs, i: statistics.median(x[i] for x in xs) * 1000
    print(f"{folder}: {rounds} rounds, medians, taskset -c {CORE}; fzf query `{QUERY}`")
    print("| | wall ms | × fzf wall | CPU ms (to the frame) | × fzf CPU |")
    print("|---|---|---|---|---|")
    for name, xs in (("first frame, cache warm", w), ("first frame, no cache", c)):
        print(f"| {name} | {med(xs, 0):.0f} | {med(xs, 0) / med(z, 0):.2f} | "
              f"{med(xs, 1):.0f} | {med(xs, 1) / med(z, 1):.2f} |")
    print(f"| fzf --filter, one pass | {med(z, 0):.0f} | | {med(z, 1):.0f} | |")


if __name__ == "__main__":
    main()
