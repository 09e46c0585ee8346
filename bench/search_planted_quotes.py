#!/usr/bin/env python3
"""Recall of precis-search on planted quotes, per winnowing window.

Makes long articles of made-up words (600-1000 words, so stemming and
stopwords cannot blur the truth) and quotes (paragraphs of 30-150 words, --quote-words);
each quote is inserted into 1-3 random articles with its words edited
(substitute, delete or insert, each with probability rate/3, the rate drawn
per copy uniformly in [0, --max-edit-rate]), so planted containments spread
from 1 down past the thresholds. The quotes are the queries.

The truth is an index with --window 1: every shingle is a fingerprint and
--max-postings is unbounded, so every article sharing any shingle with a
query is verified exactly -- brute force. For each window the script builds an
index, runs the queries and reports, per threshold X, recall (truth pairs
found) and false positives (pairs reported that are not in the truth, or
whose containment is below X), with build time and index size.

Usage:
  search_planted_quotes.py --bin build/ci/apps/search/precis-search --work /tmp/pq \
      [--articles 3000] [--quotes 1000] [--windows 1,4,8,12,16,24] [--thresholds 0.5,0.8]
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_near_duplicates as gen  # noqa: E402  (vocabulary, word edits, prose shapes)


def make_collection(args):
    rng = random.Random(args.seed)
    vocabulary = gen.make_vocabulary(rng, 20000)
    bodies = [[rng.choice(vocabulary) for _ in range(rng.randint(600, 1000))]
              for _ in range(args.articles)]
    quotes = []
    for q in range(args.quotes):
        quote = [rng.choice(vocabulary) for _ in range(rng.randint(*args.quote_words))]
        quotes.append(gen.to_text(quote, rng))
        for _ in range(rng.randint(1, 3)):
            body = bodies[rng.randrange(args.articles)]
            copy = gen.edit(rng, quote, rng.uniform(0, args.max_edit_rate), vocabulary)
            at = rng.randrange(len(body))
            body[at:at] = copy
    corpus = os.path.join(args.work, "articles.jsonl")
    with open(corpus, "w") as out:
        for i, body in enumerate(bodies):
            out.write(json.dumps({"id": f"a{i:06d}", "text": gen.to_text(body, rng)}) + "\n")
    queries = os.path.join(args.work, "quotes.jsonl")
    with open(queries, "w") as out:
        for q, text in enumerate(quotes):
            out.write(json.dumps({"id": f"q{q:05d}", "text": text}) + "\n")
    return corpus, queries


def build(args, corpus, window):
    index = os.path.join(args.work, f"idx-w{window}")
    start = time.perf_counter()
    subprocess.run([args.bin, "--index", index, "build", "--jsonl", "-q", "--window", str(window),
                    corpus], check=True)
    seconds = time.perf_counter() - start
    return index, seconds, os.path.getsize(os.path.join(index, "precis-search.index"))


def answers(args, index, queries, threshold, extra=()):
    run = subprocess.run([args.bin, "--index", index, "query", "--jsonl", "--format", "tsv",
                          "--min-containment", str(threshold), "--stats", *extra, queries],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(run.stderr)
    pairs = {}
    for line in run.stdout.splitlines():
        f = line.split("\t")
        pairs[(f[0], f[2])] = float(f[3])
    stats = [l for l in run.stderr.splitlines() if "queries" in l]
    return pairs, stats[0].split("stats: ")[1] if stats else ""


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bin", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--articles", type=int, default=3000)
    p.add_argument("--quotes", type=int, default=1000)
    p.add_argument("--max-edit-rate", type=float, default=0.2)
    p.add_argument("--windows", default="1,4,8,12,16,24")
    p.add_argument("--thresholds", default="0.5,0.8")
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--quote-words", default="30,150", help="MIN,MAX words per quote")
    args = p.parse_args()
    os.makedirs(args.work, exist_ok=True)
    args.quote_words = [int(n) for n in args.quote_words.split(",")]
    thresholds = [float(t) for t in args.thresholds.split(",")]
    lowest = min(thresholds)
    corpus, queries = make_collection(args)
    print(f"{args.articles} articles, {args.quotes} quotes of {args.quote_words[0]}-"
          f"{args.quote_words[1]} words planted 1-3 times with edit rates "
          f"0-{args.max_edit_rate}; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    truth_index, _, _ = build(args, corpus, 1)
    truth, _ = answers(args, truth_index, queries, lowest, ["--max-postings", "4294967295"])
    for t in thresholds:
        n = sum(1 for c in truth.values() if c >= t)
        print(f"truth at {t}: {n} (quote, article) pairs")
    print("window | build s | index MB | " +
          " | ".join(f"recall@{t} | false+@{t}" for t in thresholds) + " | query time")
    for window in [int(w) for w in args.windows.split(",")]:
        index, seconds, size = build(args, corpus, window)
        found, stats = answers(args, index, queries, lowest)
        cells = []
        for t in thresholds:
            want = {k for k, c in truth.items() if c >= t}
            got = {k for k, c in found.items() if c >= t}
            false_positives = len(got - want) + sum(1 for k in got if found[k] < t)
            recall = len(got & want) / len(want) if want else 1.0
            cells.append(f"{recall:.4f} | {false_positives}")
        print(f"{window} | {seconds:.1f} | {size / 1e6:.1f} | " + " | ".join(cells) + f" | {stats}")


if __name__ == "__main__":
    main()
