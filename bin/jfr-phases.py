#!/usr/bin/env python3
"""Samples of a scan's JFR recording by phase and thread, to see what runs on one thread.

    jfr print --json --stack-depth 96 --events jdk.ExecutionSample,jdk.GarbageCollection REC.jfr > REC.json
    python3 bin/jfr-phases.py REC.json

A sample's phase is the first marker (in the order below) met anywhere on its stack; a thread is `main`,
or `w1`, `w2`, ... by the worker's index in its pool (the pools of a scan run one after another). Samples are
about 10-20 ms of a thread's CPU each (JFR's `profile` settings); GC pauses are summed from
jdk.GarbageCollection, by the phase running on main when they began.
"""
import collections, json, re, sys

MARKERS = [  # (phase, substring of "Class.method")
    ("list folder", "CorpusReader.filesUnder"),
    ("read files", "CorpusReader.read"),
    ("read files", "CorpusReader.readAlone"),
    ("stock lines", "StockLines.count"),
    ("add: main inserts", "Corpus.insert"),
    ("add: analyse", "Corpus.analysedForInsert"),
    ("add: analyse", "Corpus.addAll"),
    ("candidates", "allCandidatePairs"),
    ("candidates", "PairComponents.groups"),
    ("verify", "PairComponents.eachLargestFirst"),
    ("verify", "Corpus.verifyAllPairs"),
    ("families", "ProvenanceAnalyzer"),
    ("families", "FamilyBuilder"),
    ("report", "ReportFiles"),
    ("report", "ParallelLines"),
    ("report", "ScanCommand.render"),
    ("photos", "ScanPhotos"),
    ("start", "picocli"),
    ("start", "DoppelCli"),
    ("start", "CorpusLoader"),
]


def thread_of(name):
    if name == "main":
        return "main"
    m = re.search(r"-worker-(\d+)$", name) or re.search(r"-thread-(\d+)$", name)
    return "w" + m.group(1) if m else name


def pool_of(name):
    """The pool a worker belongs to ("ForkJoinPool-3", "pool-2"), or None for main and JVM threads."""
    m = re.match(r"(.*)-(worker|thread)-\d+$", name)
    return m.group(1) if m else None


def frames_of(event):
    out = []
    for f in event["values"]["stackTrace"]["frames"]:
        method = f["method"]
        cls = method["type"]["name"].split("/")[-1]
        out.append(cls + "." + method["name"])
    return out


def phase_of(frames):
    for phase, marker in MARKERS:
        for f in frames:
            if marker in f:
                return phase
    return UNMARKED


UNMARKED = "other (JVM, class loading)"


def main(path):
    events = json.load(open(path))["recording"]["events"]
    samples = collections.Counter()
    span = {}
    main_timeline = []
    gcs = []
    # a worker's sample without a marker (a stolen part of a parallel stream) belongs to its pool's phase
    by_pool = collections.defaultdict(collections.Counter)
    for e in events:
        if e["type"] == "jdk.ExecutionSample":
            pool = pool_of(e["values"]["sampledThread"].get("javaName") or "")
            phase = phase_of(frames_of(e))
            if pool and phase != UNMARKED:
                by_pool[pool][phase] += 1
    for e in events:
        if e["type"] == "jdk.GarbageCollection":
            gcs.append((e["values"]["startTime"], e["values"]["sumOfPauses"], e["values"]["name"]))
            continue
        if e["type"] != "jdk.ExecutionSample":
            continue
        thread = e["values"]["sampledThread"]
        name = thread.get("javaName") or thread.get("osName") or "?"
        if name.startswith("JFR") or name in ("Reference Handler", "Signal Dispatcher", "Common-Cleaner", "Finalizer"):
            continue
        phase = phase_of(frames_of(e))
        pool = pool_of(name)
        if phase == UNMARKED and pool in by_pool:
            phase = by_pool[pool].most_common(1)[0][0]
        t = thread_of(name)
        samples[(phase, t)] += 1
        time = e["values"]["startTime"]
        lo, hi = span.get(phase, (time, time))
        span[phase] = (min(lo, time), max(hi, time))
        if t == "main":
            main_timeline.append((time, phase))
    threads = sorted({t for _, t in samples}, key=lambda t: (t != "main", t))
    phases = sorted({p for p, _ in samples}, key=lambda p: span[p][0])
    print("| phase | first sample | last sample | " + " | ".join(threads) + " | all |")
    print("|---|---|---|" + "---:|" * (len(threads) + 1))
    for p in phases:
        row = [samples[(p, t)] for t in threads]
        print(f"| {p} | {span[p][0][11:22]} | {span[p][1][11:22]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    main_timeline.sort()
    pause_by_phase = collections.Counter()
    for start, pause, name in gcs:
        before = [ph for tm, ph in main_timeline if tm <= start]
        pause_by_phase[before[-1] if before else "start"] += parse_duration(pause)
    if gcs:
        print()
        print(f"GC: {len(gcs)} collections, {sum(parse_duration(p) for _, p, _ in gcs):.3f} s of pauses; by the phase on main:",
              ", ".join(f"{p} {s:.3f} s" for p, s in pause_by_phase.most_common()))


def parse_duration(value):
    if isinstance(value, (int, float)):
        return value / 1e9
    m = re.match(r"([\d.]+)\s*(ns|us|ms|s)", str(value))
    if not m:
        m = re.match(r"PT([\d.]+)S", str(value))
        return float(m.group(1)) if m else 0.0
    return float(m.group(1)) * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1}[m.group(2)]


if __name__ == "__main__":
    main(sys.argv[1])
