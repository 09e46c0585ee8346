#!/usr/bin/env python3
"""Makes articles with planted near-duplicates for measuring precis-dedup.

Two kinds of collections, both written as JSON Lines {"id", "text"}:

  synthetic  articles of random made-up words (so tokenizing, case folding and
             stemming cannot blur the ground truth) and, for some of them, one
             edited copy each. The truth file lists every planted pair with its
             exact Jaccard similarity over word k-shingles, computed here.
  corpus     news-sized articles made from the texts in a directory (the
             project's corpus/) by heavy word substitution, so every article
             is distinct, plus lightly edited copies of a fraction of them:
             the scale benchmark's input.

Usage:
  make_near_duplicates.py synthetic --articles 20000 --copies 5000 \
      --out q.jsonl --truth q.truth.tsv
  make_near_duplicates.py corpus --dir corpus --articles 1000000 --out big.jsonl

Edits per word of a copy: substitute, delete or insert a word, each with
probability rate/3; the rate is drawn per copy so the planted Jaccard values
spread over [--min-jaccard, 1].
"""

import argparse
import json
import os
import random
import sys

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def shingles(words, k):
    if len(words) < k:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a, b, k):
    sa, sb = shingles(a, k), shingles(b, k)
    union = len(sa | sb)
    return len(sa & sb) / union if union else 0.0


def edit(rng, words, rate, vocabulary):
    out = []
    for word in words:
        r = rng.random()
        if r < rate / 3:
            out.append(rng.choice(vocabulary))  # substitute
        elif r < 2 * rate / 3:
            continue  # delete
        elif r < rate:
            out.append(word)
            out.append(rng.choice(vocabulary))  # insert
        else:
            out.append(word)
    return out


def to_text(words, rng):
    # Sentences of 8-24 words, so the sentence splitter and analyzer see
    # ordinary prose shapes; punctuation is not a token, so it does not
    # change the shingles.
    sentences, i = [], 0
    while i < len(words):
        n = rng.randint(8, 24)
        chunk = words[i:i + n]
        sentences.append(" ".join(chunk).capitalize() + ".")
        i += n
    return " ".join(sentences)


def rate_for(rng, min_jaccard, k):
    # Each edit breaks about k shingles on each side; J ~ (1-rate)^k / (2 - (1-rate)^k)
    # is inverted for a target drawn uniformly in [min_jaccard - 0.05, 1].
    target = rng.uniform(max(0.01, min_jaccard - 0.05), 1.0)
    keep = (2 * target / (1 + target)) ** (1.0 / k)
    return max(0.0, 1.0 - keep)


def synthetic(args):
    rng = random.Random(args.seed)
    vocabulary = make_vocabulary(rng, args.vocabulary)
    copies = set(rng.sample(range(args.articles), args.copies))
    with open(args.out, "w") as out, open(args.truth, "w") as truth:
        for i in range(args.articles):
            words = [rng.choice(vocabulary) for _ in range(rng.randint(args.min_words, args.max_words))]
            out.write(json.dumps({"id": f"a{i:07d}", "text": to_text(words, rng)}) + "\n")
            if i in copies:
                copy = edit(rng, words, rate_for(rng, args.min_jaccard, args.k), vocabulary)
                out.write(json.dumps({"id": f"a{i:07d}c", "text": to_text(copy, rng)}) + "\n")
                truth.write(f"a{i:07d}\ta{i:07d}c\t{jaccard(words, copy, args.k):.6f}\n")


def corpus(args):
    rng = random.Random(args.seed)
    templates = []
    for name in sorted(os.listdir(args.dir)):
        if name.endswith(".txt") and name.startswith(("0", "en-")):
            with open(os.path.join(args.dir, name), encoding="utf-8") as f:
                words = f.read().split()
            if len(words) >= 100:
                templates.append(words)
    if not templates:
        sys.exit("no English templates of 100+ words in " + args.dir)
    vocabulary = make_vocabulary(rng, args.vocabulary)
    out = open(args.out, "w")
    n, i = 0, 0
    while n < args.articles:
        template = templates[rng.randrange(len(templates))]
        # Replace most words: articles from one template then share only a
        # few percent of their shingles, like unrelated stories on one topic.
        rate = args.substitution
        words = [rng.choice(vocabulary) if rng.random() < rate else w for w in template]
        out.write(json.dumps({"id": f"n{i:08d}", "text": " ".join(words)}) + "\n")
        n += 1
        if n < args.articles and rng.random() < args.dup_rate:
            copy = edit(rng, words, args.copy_edit_rate, vocabulary)
            out.write(json.dumps({"id": f"n{i:08d}c", "text": " ".join(copy)}) + "\n")
            n += 1
        i += 1
    out.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    s = sub.add_parser("synthetic")
    s.add_argument("--articles", type=int, default=20000)
    s.add_argument("--copies", type=int, default=5000)
    s.add_argument("--min-words", type=int, default=150)
    s.add_argument("--max-words", type=int, default=600)
    s.add_argument("--min-jaccard", type=float, default=0.6)
    s.add_argument("--vocabulary", type=int, default=50000)
    s.add_argument("-k", type=int, default=3, help="shingle size the truth is computed for")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--out", required=True)
    s.add_argument("--truth", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("--dir", required=True)
    c.add_argument("--articles", type=int, default=100000)
    c.add_argument("--substitution", type=float, default=0.6)
    c.add_argument("--dup-rate", type=float, default=0.1)
    c.add_argument("--copy-edit-rate", type=float, default=0.03)
    c.add_argument("--vocabulary", type=int, default=200000)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--out", required=True)
    args = parser.parse_args()
    synthetic(args) if args.mode == "synthetic" else corpus(args)


if __name__ == "__main__":
    main()
