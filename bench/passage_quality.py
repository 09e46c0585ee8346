#!/usr/bin/env python3
"""PAN-style quality of precis-compare's passages on planted text reuse.

Builds suspicious documents A by inserting passages of real news articles (the
sources B) into other real articles, with the obfuscations reuse brings, runs
precis-compare over all pairs in one process, and scores the passages it reports
in A with the PAN text-alignment measures (Potthast et al., 2010):

  precision    mean over detections of the share of their characters inside a
               planted passage they touch
  recall       mean over planted passages of the share of their characters covered
  granularity  mean number of detections per detected planted passage
  plagdet      F1 / log2(1 + granularity)

Obfuscations (one per planted passage, in rotation):
  verbatim   copied as is
  edits      about one word in twelve replaced, case changed, punctuation swapped
  junk       stray characters inside and between words: '*', '|', zero-width space,
             soft hyphen, no-break spaces, typographic quotes and dashes
  reorder    the passage's sentences shuffled
  repeat     verbatim, but the source repeats the passage (a second place in B)
Every fifth pair plants nothing (an unrelated A and B): whatever is reported there
counts against precision.

    bench/passage_quality.py --data ../shared/data [--bin build/release/apps/compare/precis-compare]
        [--pairs 400] [--seed 1] [-- extra precis-compare flags]

Sources are bbc-dev articles and cnndm-frank articles; nothing is written to the
repository. Prints one row per obfuscation and the total.
"""

import argparse
import glob
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

OBFUSCATIONS = ["verbatim", "edits", "junk", "reorder", "repeat"]
JUNK = ["*", "|", "\u200b", "\u00ad", "\u2011"]
FILLER = ["local", "several", "major", "recent", "official", "public", "national", "early"]


def load_articles(data):
    texts = []
    for path in sorted(glob.glob(os.path.join(data, "bbc-dev", "articles", "*", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    frank = os.path.join(data, "cnndm-frank", "frank-cnndm250.jsonl")
    if os.path.exists(frank):
        with open(frank, encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["article"])
    if not texts:
        sys.exit(f"passage_quality: no articles under {data}")
    return texts


def sentences(text):
    """Rough sentence split for choosing where to cut and insert (not scored)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c])", re.sub(r"\s+", " ", text).strip())
    return [p for p in parts if p]


def obfuscate(passage, kind, rng):
    if kind in ("verbatim", "repeat"):
        return passage
    if kind == "reorder":
        parts = sentences(passage)
        if len(parts) > 1:
            while True:
                shuffled = parts[:]
                rng.shuffle(shuffled)
                if shuffled != parts:
                    return " ".join(shuffled)
        return passage
    words = passage.split(" ")
    if kind == "edits":
        for i in range(len(words)):
            r = rng.random()
            if r < 0.08:
                words[i] = rng.choice(FILLER)
            elif r < 0.16:
                words[i] = words[i].upper()
            elif r < 0.20:
                words[i] = words[i].replace(",", ";")
        return " ".join(words)
    # junk: characters inside words, no-break spaces, typographic punctuation
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < 0.1:
            k = rng.randrange(1, len(w) - 1)
            w = w[:k] + rng.choice(JUNK) + w[k:]
        w = w.replace("'", "\u2019").replace('"', "\u201d").replace(" - ", " \u2014 ")
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        text += ("" if i == 0 else ("\u00a0" if rng.random() < 0.1 else " ")) + w
    return text


def build_pairs(articles, count, rng):
    """Yields (A, B, [(start, end, kind)]) with truth spans in UTF-8 bytes of A."""
    long_ones = [t for t in articles if len(t.split()) >= 300]
    pairs = []
    for p in range(count):
        source = rng.choice(long_ones)
        host = rng.choice(articles)
        while host is source:
            host = rng.choice(articles)
        host_sents = sentences(host)
        if p % 5 == 4:
            pairs.append((host, source, []))
            continue
        src_sents = sentences(source)
        cases = rng.randint(1, 3)
        slots = sorted(rng.sample(range(len(host_sents) + 1), min(cases, len(host_sents) + 1)))
        # Non-overlapping windows of the source, 2-6 sentences each.
        windows = []
        starts = sorted(rng.sample(range(max(1, len(src_sents) - 6)), min(cases, max(1, len(src_sents) - 6))))
        for s in starts:
            length = rng.randint(2, 6)
            if windows and s < windows[-1][1]:
                continue
            windows.append((s, min(s + length, len(src_sents))))
        b_text = source
        pieces, truth = [], []
        kinds = []
        for w, (s, e) in enumerate(windows):
            kind = OBFUSCATIONS[(p + w) % len(OBFUSCATIONS)]
            passage = " ".join(src_sents[s:e])
            if kind == "repeat":
                b_text = b_text + "\n\n" + passage
            kinds.append((kind, obfuscate(passage, kind, rng)))
        a = ""
        slot_iter = iter(slots)
        next_slot = next(slot_iter, None)
        k = 0
        for i in range(len(host_sents) + 1):
            while next_slot == i and k < len(kinds):
                kind, text = kinds[k]
                start = len((a + (" " if a else "")).encode())
                a += (" " if a else "") + text
                truth.append((start, len(a.encode()), kind))
                k += 1
                next_slot = next(slot_iter, None)
            if i < len(host_sents):
                a += (" " if a else "") + host_sents[i]
        while k < len(kinds):
            kind, text = kinds[k]
            start = len((a + " ").encode())
            a += " " + text
            truth.append((start, len(a.encode()), kind))
            k += 1
        pairs.append((a, b_text, truth))
    return pairs


def trim(text_bytes, start, end):
    """Shrinks [start, end) to begin and end on a letter or digit."""
    def word(b):
        return chr(b).isalnum() or b >= 0x80
    while start < end and not word(text_bytes[start]):
        start += 1
    while end > start and not word(text_bytes[end - 1]):
        end -= 1
    return start, end


def covered(intervals, start, end):
    """Bytes of [start, end) inside the union of `intervals`."""
    total, at = 0, start
    for s, e in sorted(intervals):
        s, e = max(s, at), min(e, end)
        if e > s:
            total += e - s
            at = e
    return total


def score(pairs, results):
    per = {k: {"rec": [], "gran": [], "prec": []} for k in OBFUSCATIONS + ["none", "all"]}
    for (a, _, truth), passages in zip(pairs, results):
        a_bytes = a.encode()
        cases = [(trim(a_bytes, s, e), kind) for s, e, kind in truth]
        detections = [(d["a_start"], d["a_end"]) for d in passages]
        for (s, e), kind in cases:
            hits = [d for d in detections if d[0] < e and d[1] > s]
            r = covered(hits, s, e) / max(1, e - s)
            for key in (kind, "all"):
                per[key]["rec"].append(r)
                if hits:
                    per[key]["gran"].append(len(hits))
        for d in detections:
            touching = [c for c in cases if c[0][0] < d[1] and c[0][1] > d[0]]
            inside = covered([c[0] for c in touching], d[0], d[1]) / max(1, d[1] - d[0])
            kind = touching[0][1] if touching else "none"
            for key in (kind, "all"):
                per[key]["prec"].append(inside)
    rows = []
    for key in OBFUSCATIONS + ["none", "all"]:
        m = per[key]
        if key == "none":
            rows.append((key, len(m["prec"]), None, None, None, None))
            continue
        prec = sum(m["prec"]) / len(m["prec"]) if m["prec"] else 1.0
        rec = sum(m["rec"]) / len(m["rec"]) if m["rec"] else 0.0
        gran = sum(m["gran"]) / len(m["gran"]) if m["gran"] else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append((key, len(m["rec"]), prec, rec, gran, f1 / math.log2(1 + gran)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--bin", default=None, help="precis-compare (default: newest build)")
    parser.add_argument("--pairs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("extra", nargs="*", help="flags passed to precis-compare (after --)")
    args = parser.parse_args()
    binary = args.bin
    if binary is None:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        found = sorted(glob.glob(os.path.join(root, "build", "*", "apps", "compare", "precis-compare")),
                       key=os.path.getmtime, reverse=True)
        if not found:
            sys.exit("passage_quality: build precis-compare or pass --bin")
        binary = found[0]
    rng = random.Random(args.seed)
    pairs = build_pairs(load_articles(args.data), args.pairs, rng)
    with tempfile.TemporaryDirectory() as work:
        records = os.path.join(work, "docs.jsonl")
        pair_file = os.path.join(work, "pairs.tsv")
        with open(records, "w", encoding="utf-8") as r, open(pair_file, "w") as p:
            for i, (a, b, _) in enumerate(pairs):
                r.write(json.dumps({"id": f"a{i}", "text": a}, ensure_ascii=False) + "\n")
                r.write(json.dumps({"id": f"b{i}", "text": b}, ensure_ascii=False) + "\n")
                p.write(f"a{i}\tb{i}\n")
        command = [binary, "--jsonl", "--pairs", pair_file, "--format", "jsonl",
                   "--no-coverage", *args.extra, records]
        run = subprocess.run(command, capture_output=True)
        if run.returncode not in (0, 1):
            sys.exit(f"passage_quality: {' '.join(command)}: {run.stderr.decode()[:400]}")
        results = [json.loads(line).get("passages", []) for line in run.stdout.decode().splitlines()]
    if len(results) != len(pairs):
        sys.exit(f"passage_quality: {len(results)} results for {len(pairs)} pairs")
    print(f"# {len(pairs)} pairs, seed {args.seed}, flags: {' '.join(args.extra) or '(defaults)'}")
    print(f"{'obfuscation':<12}{'cases':>6}{'prec':>8}{'rec':>8}{'gran':>8}{'plagdet':>9}")
    for key, n, prec, rec, gran, plagdet in score(pairs, results):
        if prec is None:
            print(f"{key:<12}{n:>6}  detections in pairs without reuse")
        else:
            print(f"{key:<12}{n:>6}{prec:>8.3f}{rec:>8.3f}{gran:>8.3f}{plagdet:>9.3f}")


if __name__ == "__main__":
    main()
