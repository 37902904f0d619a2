#!/usr/bin/env python3
"""Wall-clock start-up without hyperfine: run a command N times (after 3 warm-ups) and
print the median, mean and minimum wall time and the mean CPU time (user + sys) in
milliseconds. On a loaded machine the CPU time moves less than the wall time.

    python3 bench/startup.py [-n 50] BIN ARGS...
    python3 bench/startup.py -n 50 target/release/peaklint check --format json one.md
"""
import resource
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
n = 50
if args[:1] == ["-n"]:
    n, args = int(args[1]), args[2:]
for _ in range(3):
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
times = []
before = resource.getrusage(resource.RUSAGE_CHILDREN)
for _ in range(n):
    t = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - t) * 1000)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000 / n
print(f"median {statistics.median(times):.1f} ms, mean {statistics.mean(times):.1f} ms, "
      f"min {min(times):.1f} ms, CPU {cpu:.1f} ms over {n} runs: {' '.join(args)}")
