#!/usr/bin/env python3
"""Time to the first frame of `docket DIR` in a pseudo-terminal, against one pass of
`fzf --filter` over the same records (`docket search --list DIR`).

The interface is started in a pty of 120x40; the clock stops when its output holds the
header's "discussed" (drawn with the first frame). Runs alternate; medians are reported.
Pinned to one core with taskset. The load cache is warmed first (XDG_CACHE_HOME is set to
a scratch folder), and a run with DOCKET_CACHE=off is reported too.

usage: scripts/first-frame.py DIR [ROUNDS] [--docket BIN]
"""
import fcntl
import os
import pty
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
    return elapsed


def fzf_pass(records):
    t0 = time.perf_counter()
    with open(records, "rb") as f:
        subprocess.run(["taskset", "-c", CORE, "fzf", "--filter", "e"], stdin=f,
                       stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t0


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
        z.append(fzf_pass(records))
        c.append(first_frame(binary, folder, cold))
    med = lambda xs: statistics.median(xs) * 1000
    print(f"{folder}: {rounds} rounds, medians, taskset -c {CORE}")
    print(f"| first frame, cache warm | {med(w):.0f} ms | {med(w) / med(z):.2f}x fzf |")
    print(f"| first frame, no cache | {med(c):.0f} ms | {med(c) / med(z):.2f}x fzf |")
    print(f"| fzf --filter e, one pass | {med(z):.0f} ms | |")


if __name__ == "__main__":
    main()
