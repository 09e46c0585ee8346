#!/usr/bin/env python3
"""Evaluate precis-compare on the Clough & Stevenson text-reuse corpus.

Each student answer is compared with the Wikipedia source of its task. A good
overlap score ranks cut > light > heavy > non. For each score the script
prints ROC AUC (reused = cut/light/heavy vs non), Spearman correlation with the
grade (cut=3, light=2, heavy=1, non=0) and the best-threshold F1 for "reused".

    scripts/eval_overlap.py ../shared/data/clough-stevenson \
        --bin build/release/apps/compare/precis-compare [--flags '-k 4'] [--bootstrap 2000]

Files of mixed encodings are read with --encoding auto, so no pair is lost.
"""
import argparse
import csv
import os
import random
import shlex
import subprocess
import sys

GRADES = {"cut": 3, "light": 2, "heavy": 1, "non": 0}


def ranks(values):
    """Average ranks (1-based), ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(x, y):
    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def roc_auc(scores, positive):
    """Probability that a random positive outscores a random negative (ties count half)."""
    r = ranks(scores)
    pos = [ri for ri, p in zip(r, positive) if p]
    n_pos, n_neg = len(pos), len(scores) - len(pos)
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    return (sum(pos) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def best_f1(scores, positive):
    best = (0.0, 0.0)
    for threshold in sorted(set(scores)):
        predicted = [s >= threshold for s in scores]
        tp = sum(1 for p, q in zip(predicted, positive) if p and q)
        fp = sum(1 for p, q in zip(predicted, positive) if p and not q)
        fn = sum(1 for p, q in zip(predicted, positive) if not p and q)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[0]:
            best = (f1, threshold)
    return best


def bootstrap_interval(scores, grades, resamples, seed=1):
    """95% percentile interval of (AUC, Spearman) over resampled answer sets.

    With 95 answers one answer moves Spearman by about 0.01, so differences
    between scores smaller than this interval's width are not evidence."""
    rng = random.Random(seed)
    aucs, rhos = [], []
    n = len(scores)
    for _ in range(resamples):
        picked = [rng.randrange(n) for _ in range(n)]
        s = [scores[i] for i in picked]
        g = [grades[i] for i in picked]
        positive = [x > 0 for x in g]
        if all(positive) or not any(positive):
            continue
        aucs.append(roc_auc(s, positive))
        rhos.append(spearman(s, g))
    aucs.sort()
    rhos.sort()

    def interval(values):
        return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]

    return interval(aucs), interval(rhos)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="path to clough-stevenson/")
    parser.add_argument("--bin", default="precis-compare", help="precis-compare binary")
    parser.add_argument("--tsv", help="also write per-answer scores to this file")
    parser.add_argument("--flags", default="", help="extra precis-compare flags, e.g. '-k 4'")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="also print 95%% bootstrap intervals from N resamples (seed 1)")
    args = parser.parse_args()

    with open(os.path.join(args.data, "file_information.csv"), newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["Category"] in GRADES]
    by_task = {}
    for r in rows:
        by_task.setdefault(r["Task"], []).append(r)

    # (file, grade, jaccard, containment answer-in-source, source-in-answer,
    #  passage coverage of the answer, MinHash Jaccard estimate)
    records = []
    for task, answers in sorted(by_task.items()):
        source = os.path.join(args.data, "orig_task%s.txt" % task)
        files = [os.path.join(args.data, r["File"]) for r in answers]
        command = [args.bin, "--encoding", "auto", "--quiet", "--format", "tsv", "--estimate",
                   "--no-coverage"] + shlex.split(args.flags) + ["--", source] + files
        result = subprocess.run(command, capture_output=True, text=True)
        lines = result.stdout.splitlines()
        if result.returncode != 0 or len(lines) != len(files):
            sys.exit("precis-compare failed on task %s (exit %d, %d of %d records): %s"
                     % (task, result.returncode, len(lines), len(files), result.stderr.strip()))
        for r, line in zip(answers, lines):
            fields = line.split("\t")
            # The query (A) is the source: containment_b is the answer's share found in it.
            c_source_in_answer, c_answer_in_source, jaccard = map(float, fields[2:5])
            passage_coverage = float(fields[10])  # of B, the answer
            minhash = float(fields[11])
            records.append((r["File"], GRADES[r["Category"]], jaccard, c_answer_in_source,
                            c_source_in_answer, passage_coverage, minhash))

    grades = [r[1] for r in records]
    positive = [g > 0 for g in grades]
    print("pairs: %d (%d reused, %d non)" % (len(records), sum(positive),
                                              len(records) - sum(positive)))
    print("%-34s %8s %9s %8s %10s" % ("score", "ROC AUC", "Spearman", "best F1", "threshold"))
    names = [("jaccard", 2), ("containment answer in source *", 3),
             ("containment source in answer", 4), ("passage coverage of answer", 5),
             ("minhash jaccard estimate", 6)]
    for name, column in names:
        scores = [r[column] for r in records]
        f1, threshold = best_f1(scores, positive)
        print("%-34s %8.3f %9.3f %8.3f %10.3g" % (name, roc_auc(scores, positive),
                                                   spearman(scores, grades), f1, threshold))
    print("* the default score of precis-compare (containment of A in B, A = the answer)")
    if args.bootstrap:
        print("95%% bootstrap intervals, %d resamples of the %d answers:" % (args.bootstrap,
                                                                          len(records)))
        for name, column in names:
            (auc_lo, auc_hi), (rho_lo, rho_hi) = bootstrap_interval(
                [r[column] for r in records], grades, args.bootstrap)
            print("%-34s AUC [%.3f, %.3f]  Spearman [%.3f, %.3f]" % (name, auc_lo, auc_hi,
                                                                   rho_lo, rho_hi))
    if args.tsv:
        with open(args.tsv, "w") as f:
            f.write("file\tgrade\tjaccard\tcontainment_answer\tcontainment_source"
                    "\tpassage_coverage\tminhash\n")
            for r in records:
                f.write("%s\t%d\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\n" % r)


if __name__ == "__main__":
    main()
