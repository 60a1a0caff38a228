"""Usage: perf-phases.py PERF_SCRIPT: a two-thread copy scan's phases (told apart by their pools' threads) with their wall,
the JVM's CPU, and the wall and CPU with at most one JVM thread runnable (docs/benchmarks.md, "Two threads at 20k: the
serial stretches"). PERF_SCRIPT as perf-stretches.py reads it."""
import sys, collections
path = sys.argv[1]
sys.argv = [sys.argv[0], path, '50', '0.0']
import io, contextlib
src = open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), 'perf-stretches.py')).read()
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(src)
# phase boundaries from thread names' first/last samples
first = {}; last = {}
for e in events:
    if e[3] == jpid and e[1].startswith('cpu-clock'):
        c = e[5]
        k = 'read' if c.startswith('ForkJoinPool-1') else 'add' if c.startswith('ForkJoinPool-2') else 'cand' if c.startswith('ForkJoinPool-3') else 'verify' if c.startswith('ForkJoinPool-4') else 'sort' if c.startswith('ForkJoinPool-5') else 'report' if c.startswith('pool-1-thread') else None
        if k:
            first.setdefault(k, e[0]); last[k] = e[0]
b = [('launcher', first_exec, jt0), ('JVM start to the first file read', jt0, first['read']), ('read', first['read'], first['add']),
     ('analyse and add', first['add'], first['cand']), ('candidates', first['cand'], first['verify']), ('verify', first['verify'], last['verify']),
     ('sort and settle (main)', last['verify'], first['report']), ('report', first['report'], last['report']), ('exit', last['report'], jend)]
# lone intervals: recompute from changes
def lone_cpu(a, z):
    w = 0.0; c = 0.0
    prev_t, prev_s = None, frozenset()
    for t, s in changes + [(jend, frozenset())]:
        if prev_t is not None:
            lo, hi = max(prev_t, a), min(t, z)
            if hi > lo and len(prev_s) <= 1:
                w += hi - lo; c += cpu_between(lo, hi)
        prev_t, prev_s = t, s
    return w, c
print(f"{'phase':34s} {'from':>7s} {'wall ms':>8s} {'JVM CPU ms':>10s} {'<=1 runnable: wall':>18s} {'CPU ms':>7s}")
for name, a, z in b:
    if name == 'launcher':
        lc = sum(1 for e in events if e[1].startswith('cpu-clock') and a <= e[0] < z and e[5] in ('bash','find','dirname','nproc','sed','head','taskset','time','doppel','cat','flock'))
        print(f"{name:34s} {a-first_exec:7.3f} {1000*(z-a):8.1f} {'(' + str(lc) + ' samples)':>10s}")
        continue
    w, c = lone_cpu(a, z)
    print(f"{name:34s} {a-first_exec:7.3f} {1000*(z-a):8.1f} {1000*cpu_between(a, z):10.1f} {1000*w:18.1f} {1000*c:7.1f}")
print(f"{'all':34s} {0:7.3f} {1000*(jend-first_exec):8.1f} {1000*cpu_between(jt0, jend):10.1f}")
