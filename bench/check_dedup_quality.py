#!/usr/bin/env python3
"""Scores precis-dedup pairs against planted near-duplicates.

  check_dedup_quality.py --articles q.jsonl --truth q.truth.tsv \
      --pairs pairs.tsv --threshold 0.8 [-k 3]

pairs.tsv is `precis-dedup --output pairs --format tsv` output. Prints the
recall of planted pairs at or above the threshold, and recomputes the Jaccard
of every reported pair independently (whitespace words, '.' stripped,
lower-cased, k-shingles) to count reported pairs that are really below it.
"""

import argparse
import json


def words_of(text):
    return [w.strip(".").lower() for w in text.split() if w.strip(".")]


def shingles(words, k):
    if len(words) < k:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--articles", required=True)
    p.add_argument("--truth", required=True)
    p.add_argument("--pairs", required=True)
    p.add_argument("--threshold", type=float, default=0.8)
    p.add_argument("-k", type=int, default=3)
    a = p.parse_args()
    texts = {}
    with open(a.articles) as f:
        for line in f:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    truth = {}
    with open(a.truth) as f:
        for line in f:
            x, y, j = line.rstrip("\n").split("\t")
            truth[(x, y)] = float(j)
    reported = {}
    with open(a.pairs) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            reported[(fields[0], fields[1])] = float(fields[2])
    want = [pair for pair, j in truth.items() if j >= a.threshold]
    found = sum(1 for pair in want if pair in reported)
    false_positive, worst, diffs = 0, 1.0, 0
    for (x, y), score in reported.items():
        sx, sy = shingles(words_of(texts[x]), a.k), shingles(words_of(texts[y]), a.k)
        j = len(sx & sy) / len(sx | sy)
        worst = min(worst, j)
        if abs(j - score) > 1e-3:
            diffs += 1
        if j < a.threshold:
            false_positive += 1
    near = [pair for pair, j in truth.items() if a.threshold <= j < a.threshold + 0.05]
    near_found = sum(1 for pair in near if pair in reported)
    print(f"planted pairs >= {a.threshold}: {len(want)}, found {found}, "
          f"recall {found / max(1, len(want)):.4f}")
    print(f"planted pairs in [{a.threshold}, {a.threshold + 0.05}): {len(near)}, "
          f"found {near_found}, recall {near_found / max(1, len(near)):.4f}")
    print(f"reported pairs: {len(reported)}, below threshold by independent recount: "
          f"{false_positive}, lowest recounted Jaccard {worst:.4f}, "
          f"score differs from recount (>1e-3): {diffs}")


if __name__ == "__main__":
    main()
