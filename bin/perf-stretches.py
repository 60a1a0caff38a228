#!/usr/bin/env python3
"""Usage: perf-stretches.py PERF_SCRIPT [BIN_MS] [MIN_STRETCH_S]  (docs/benchmarks.md, "Two threads at 20k: the serial stretches").
From perf script (cpu-clock samples with stacks + sched_switch/wakeup/exec) of one ./doppel run:
the launcher's stretch, then the JVM's timeline of runnable threads; stretches with at most one runnable JVM thread."""
import sys, re, collections
path = sys.argv[1]
binms = float(sys.argv[2]) if len(sys.argv) > 2 else 50
minstretch = float(sys.argv[3]) if len(sys.argv) > 3 else 0.010
head = re.compile(r'^(.*?)\s+(-?\d+)/(-?\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(\S+):\s*(.*)$')
events = []; tidpid = {}; comms = {}
cur = None
with open(path, errors='replace') as f:
    for line in f:
        m = head.match(line)
        if m:
            cur = [float(m.group(5)), m.group(6), m.group(7), int(m.group(2)), int(m.group(3)), m.group(1).strip(), int(m.group(4)), []]
            events.append(cur)
            tidpid[cur[4]] = cur[3]; comms[cur[4]] = cur[5]
        elif cur is not None and line.strip() and cur[1].startswith('cpu-clock'):
            parts = line.strip().split(None, 1)
            if len(parts) == 2: cur[7].append(parts[1].rsplit(' (', 1)[0])
events.sort(key=lambda e: e[0])
execs = [(e[0], e[2], e[3]) for e in events if e[1] == 'sched:sched_process_exec']
first_exec = next(t for t, tr, p in execs if 'bash' in tr or 'taskset' in tr)
jexec = next((t, p) for t, tr, p in execs if tr.split()[0].endswith('/bin/java'))
jt0, jpid = jexec
# java's end: its last event as current
jend = max(e[0] for e in events if e[3] == jpid)
last = max(e[0] for e in events)
print(f"launch (first exec) 0.000; java exec {jt0-first_exec:.3f} s; java's last event {jend-first_exec:.3f} s; perf's last {last-first_exec:.3f}")
# launcher CPU: samples of non-java pids between first_exec and jt0 that are children (comm names of the launcher)
lc = collections.Counter()
for e in events:
    if e[1].startswith('cpu-clock') and first_exec <= e[0] < jt0 and e[3] != 0 and e[5] not in ('perf',):
        lc[e[5]] += 1
print("launcher stretch samples (ms at 999 Hz), all processes:", dict(lc.most_common(12)))
# runnable tracking for java tids
state = {}  # tid -> runnable bool
def jt(tid): return tidpid.get(tid) == jpid
def group(tid):
    c = comms.get(tid, '?')
    if c.startswith('GC Thread'): return 'gc'
    if 'Compiler' in c: return 'jit'
    if c.startswith('ForkJoin') or c.startswith('pool-'): return 'pool'
    if c == 'java': return 'main'
    return 'vm'
tl = []  # (time, runnable-count, running set snapshot)
running = set(); runnable = set(); dead = set()
changes = []
for e in events:
    t, ev, tr = e[0], e[1], e[2]
    if ev in ('sched:sched_wakeup', 'sched:sched_wakeup_new'):
        m = re.search(r' pid=(\d+)', ' ' + tr); tid = int(m.group(1))
        if jt(tid) and tid not in dead: runnable.add(tid); changes.append((t, frozenset(runnable)))
    elif ev == 'sched:sched_switch':
        m = re.search(r'prev_pid=(\d+) .*prev_state=(\S+) ==> .*next_pid=(\d+)', tr)
        p, st, n = int(m.group(1)), m.group(2), int(m.group(3))
        ch = False
        if jt(p) and not st.startswith('R'):
            runnable.discard(p); ch = True
            if st.startswith('X') or st.startswith('Z'): dead.add(p)
        if jt(n): runnable.add(n); ch = True
        if ch: changes.append((t, frozenset(runnable)))
    elif ev.startswith('cpu-clock') and e[3] == jpid and e[4] not in runnable and e[4] not in dead:
        runnable.add(e[4]); changes.append((t, frozenset(runnable)))
# on-CPU intervals of JVM threads, from switch events
oncpu = []  # (start, end, tid)
cpu_cur = {}
for e in events:
    if e[1] == 'sched:sched_switch':
        m = re.search(r'prev_pid=(-?\d+) .*prev_state=(\S+) ==> .*next_pid=(-?\d+)', e[2])
        p, n = int(m.group(1)), int(m.group(3))
        c = e[6]
        if c in cpu_cur:
            a, tid = cpu_cur.pop(c)
            if jt(tid): oncpu.append((a, e[0], tid))
        cpu_cur[c] = (e[0], n)
def cpu_between(a, b):
    tot = 0.0
    for s_, e_, tid in oncpu:
        if e_ > a and s_ < b: tot += min(b, e_) - max(a, s_)
    return tot
# integrate: time with k runnable, per group
def classify(s):
    app = [x for x in s if group(x) in ('main', 'pool')]
    return len(s), len(app)
stretches = []  # intervals where <=1 java thread runnable
hist = collections.Counter()
prev_t, prev_s = jt0, frozenset()
cur_st = None
for t, s in changes + [(jend, frozenset())]:
    if t < jt0: prev_s = s; continue
    dt = t - prev_t
    n, napp = classify(prev_s)
    hist[min(n, 3)] += dt
    lone = n <= 1
    if lone:
        if cur_st is None: cur_st = [prev_t, prev_t, collections.Counter()]
        cur_st[1] = t
        for x in prev_s: cur_st[2][comms.get(x, '?')] += dt
    else:
        if cur_st is not None:
            stretches.append(cur_st); cur_st = None
    prev_t, prev_s = t, s
if cur_st: stretches.append(cur_st)
print("JVM time by runnable JVM threads (s):", {k: round(v, 3) for k, v in sorted(hist.items())})
# merge stretches separated by < 2 ms
merged = []
for st in stretches:
    if merged and st[0] - merged[-1][1] < 0.002:
        merged[-1][1] = st[1]; merged[-1][2].update(st[2])
    else: merged.append([st[0], st[1], collections.Counter(st[2])])
samples = [e for e in events if e[1].startswith('cpu-clock') and e[3] == jpid]
def frames_in(a, b, k=4):
    c = collections.Counter()
    for e in samples:
        if a <= e[0] <= b:
            fr = next((x for x in e[7] if 'doppel' in x), e[7][0] if e[7] else '?')
            c[(e[5][:12], fr[:100])] += 1
    return c.most_common(k)
tot = 0
print(f"stretches with at most one runnable JVM thread, >= {minstretch*1000:.0f} ms (times from the launch):")
for a, b, who in merged:
    if b - a >= minstretch:
        tot += b - a
        cpu = cpu_between(a, b); totcpu = globals().get('totcpu', 0) + cpu; globals()['totcpu'] = totcpu
        print(f"  {a-first_exec:7.3f}-{b-first_exec:7.3f} {1000*(b-a):6.1f} ms wall {1000*cpu:6.1f} ms CPU  {dict((k, round(v*1000,1)) for k, v in who.most_common(3))}")
        for (c, fr), n in frames_in(a, b): print(f"        {n:4d} {c}: {fr}")
print(f"sum of those: {tot:.3f} s wall, {globals().get('totcpu',0):.3f} s CPU; JVM CPU in all {cpu_between(jt0, jend):.3f} s")
