#!/usr/bin/env python3
"""Evaluate precis-summarize methods on the two development sets.

Runs `precis-summarize --method M` over
  bbc-dev   (BBC articles; N = number of article sentences found in the reference)
  realsumm  (CNN/DailyMail articles with human highlights; N = 3)
and prints ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100, Porter stemming) per method.

    scripts/eval_summaries.py --data ../shared/data
    scripts/eval_summaries.py --data ../shared/data --methods tfidf,lead --sets realsumm \
        --args "--position-weight 0.5"

ROUGE comes from the project's precis-rouge (`--jsonl --stem --format jsonl --per-doc`:
ROUGE-1.5.5's tokenization, Porter stemming with WordNet exceptions, ROUGE-Lsum as the
summary-level union LCS), found next to precis-summarize unless --rouge names it.

Sentence splitting of articles and references uses precis-split, so the reference
sentences for ROUGE-Lsum match what the summarizer sees. The data is read at run time
from --data and never copied.
"""

import argparse
import collections
import glob
import json
import os
import subprocess
import sys

ALL_METHODS = ["lead", "tfidf", "centroid", "textrank", "lexrank"]


def find_binary(name, hint):
    if hint:
        return hint
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    candidates = sorted(glob.glob(os.path.join(root, "build", "*", "apps", "*", name)),
                        key=os.path.getmtime, reverse=True)
    if not candidates:
        sys.exit(f"eval_summaries: cannot find {name}; build it or pass its path")
    return candidates[0]


def run_jsonl(command, records):
    """Feeds JSONL records to `command`, returns its output records."""
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    result = subprocess.run(command, input=payload.encode(), capture_output=True)
    if result.returncode not in (0, 1):
        sys.exit(f"eval_summaries: {' '.join(command)} failed: {result.stderr.decode()[:500]}")
    return [json.loads(line) for line in result.stdout.decode().splitlines() if line.strip()]


def split_sentences(split_bin, texts):
    """{id: text} -> {id: [sentence, ...]} with precis-split."""
    records = [{"id": k, "text": v} for k, v in texts.items()]
    out = collections.defaultdict(list)
    for r in run_jsonl([split_bin, "--jsonl", "--format", "jsonl", "--quiet"], records):
        if "text" in r:
            out[r["id"]].append(r["text"])
    return out


def cut_reference(summary, sentences):
    """Cuts a BBC summary (sentences glued without separators) into reference
    sentences at the boundaries of the article sentences found in it.
    Returns (reference sentences, number of article sentences found)."""
    cuts = set()
    found = 0
    for sentence in sentences:
        s = sentence.strip()
        if len(s) < 2:
            continue
        position = summary.find(s)
        if position < 0:
            continue
        found += 1
        cuts.add(position)
        cuts.add(position + len(s))
    cuts = sorted(c for c in cuts if 0 < c < len(summary))
    pieces, start = [], 0
    for c in cuts + [len(summary)]:
        piece = summary[start:c].strip()
        if piece:
            pieces.append(piece)
        start = c
    return pieces, found


def load_bbc(data, split_bin, limit):
    articles, summaries = {}, {}
    for path in sorted(glob.glob(os.path.join(data, "bbc-dev", "articles", "*", "*.txt"))):
        category = os.path.basename(os.path.dirname(path))
        doc_id = f"{category}/{os.path.basename(path)[:-4]}"
        summary_path = os.path.join(data, "bbc-dev", "summaries", category, os.path.basename(path))
        if not os.path.exists(summary_path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            articles[doc_id] = f.read()
        with open(summary_path, encoding="utf-8", errors="replace") as f:
            summaries[doc_id] = f.read().strip()
        if limit and len(articles) >= limit:
            break
    sentences = split_sentences(split_bin, articles)
    docs = []
    for doc_id, text in articles.items():
        # The headline (first line) is never part of a BBC summary sentence.
        body = sentences[doc_id][1:] if len(sentences[doc_id]) > 1 else sentences[doc_id]
        reference, n = cut_reference(summaries[doc_id], body)
        docs.append({"id": doc_id, "text": text, "references": ["\n".join(reference)],
                     "n": max(n, 1)})
    return docs


def load_realsumm(data, split_bin, limit):
    with open(os.path.join(data, "realsumm", "realsumm_cnndm100.json"), encoding="utf-8") as f:
        raw = json.load(f)
    ids = sorted(raw)[: limit or None]
    references = split_sentences(split_bin, {k: raw[k]["ref_summ"] for k in ids})
    return [{"id": k, "text": raw[k]["src"], "references": ["\n".join(references[k])], "n": 3}
            for k in ids]


def summarize(summarize_bin, docs, method, extra):
    """{id: candidate text with one sentence per line}."""
    by_n = collections.defaultdict(list)
    for d in docs:
        by_n[d["n"]].append({"id": d["id"], "text": d["text"]})
    out = {}
    for n, records in sorted(by_n.items()):
        command = [summarize_bin, "--jsonl", "--format", "jsonl", "--quiet", "--method", method,
                   "-n", str(n)] + extra
        for r in run_jsonl(command, records):
            out[r["id"]] = "\n".join(s["text"] for s in r.get("sentences", []))
    return out


# ---------------------------------------------------------------- scoring


def score_with_precis_rouge(rouge_bin, docs, candidates):
    records = [{"id": d["id"], "candidate": candidates.get(d["id"], ""),
                "references": d["references"]} for d in docs]
    results = run_jsonl([rouge_bin, "--jsonl", "--stem", "--format", "jsonl", "--per-doc",
                         "--measures", "1,2,Lsum", "--no-mean"], records)
    totals = collections.defaultdict(float)
    count = 0
    for r in results:
        if "error" in r or r.get("type", "doc") != "doc":
            continue
        got = extract_f(r)
        if got is None:
            continue
        count += 1
        for k, v in got.items():
            totals[k] += v
    return {k: 100 * v / max(count, 1) for k, v in totals.items()}


def extract_f(record):
    """F1 of ROUGE-1, -2, -Lsum from one precis-rouge per-document record."""
    wanted = {"rouge1": ("ROUGE-1", "rouge1", "rouge-1"),
              "rouge2": ("ROUGE-2", "rouge2", "rouge-2"),
              "rougeLsum": ("ROUGE-Lsum", "rougeLsum", "rouge-lsum", "ROUGE-LSUM")}
    scores = record.get("scores", record)
    out = {}
    for key, names in wanted.items():
        for name in names:
            if name in scores:
                value = scores[name]
                if isinstance(value, dict):
                    value = value.get("f", value.get("F", value.get("f1")))
                out[key] = float(value)
                break
    return out if len(out) == 3 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--summarize", help="precis-summarize binary (default: newest build)")
    parser.add_argument("--split", help="precis-split binary (default: beside precis-summarize)")
    parser.add_argument("--rouge", help="precis-rouge binary (default: beside precis-summarize)")
    parser.add_argument("--methods", default=",".join(ALL_METHODS))
    parser.add_argument("--sets", default="bbc,realsumm")
    parser.add_argument("--args", default="", help="extra precis-summarize options")
    parser.add_argument("--limit", type=int, default=0, help="documents per set (0 = all)")
    parser.add_argument("--json", action="store_true", help="print results as one JSON line")
    options = parser.parse_args()

    summarize_bin = find_binary("precis-summarize", options.summarize)
    apps = os.path.dirname(os.path.dirname(os.path.abspath(summarize_bin)))
    split_bin = options.split or os.path.join(apps, "split", "precis-split")
    rouge_bin = options.rouge or os.path.join(apps, "rouge", "precis-rouge")
    for binary in (split_bin, rouge_bin):
        if not os.path.exists(binary):
            sys.exit(f"eval_summaries: {binary} not found; build it or pass its path")
    extra = options.args.split()

    loaders = {"bbc": load_bbc, "realsumm": load_realsumm}
    results = {}
    for name in options.sets.split(","):
        docs = loaders[name](options.data, split_bin, options.limit)
        for method in options.methods.split(","):
            candidates = summarize(summarize_bin, docs, method, extra)
            scores = score_with_precis_rouge(rouge_bin, docs, candidates)
            results[(name, method)] = scores
    if options.json:
        print(json.dumps({f"{s}/{m}": v for (s, m), v in results.items()}))
        return
    print(f"ROUGE F1 x100 (precis-rouge --stem); extra options: {options.args or '(none)'}")
    print(f"{'set':<10} {'method':<10} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7}")
    for (name, method), s in results.items():
        print(f"{name:<10} {method:<10} {s['rouge1']:6.2f} {s['rouge2']:6.2f} {s['rougeLsum']:7.2f}")


if __name__ == "__main__":
    main()
