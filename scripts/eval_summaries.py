#!/usr/bin/env python3
"""Evaluate precis-summarize methods on the three development sets.

Runs `precis-summarize --method M` over
  bbc       bbc-dev (1,313 BBC articles; N = number of article sentences found in
            the reference)
  realsumm  (100 CNN/DailyMail articles, tokenized, with human highlights; N = 3)
  frank     cnndm-frank (250 raw scraped CNN/DailyMail articles with highlights; N = 3)
and prints ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100, Porter stemming) per method and
set, plus "cnndm", the pooled CNN/DM figure (mean over the 350 realsumm and frank
articles, not the mean of the two set means).

    scripts/eval_summaries.py --data ../shared/data
    scripts/eval_summaries.py --data ../shared/data --methods tfidf,lead --sets realsumm \
        --args "--position-weight 0.5"

Leave one set out: --grid names candidate option strings separated by "|"; for each
set held out, the candidate with the best worst-case margin over that set's bar
(lead on the CNN/DM sets, textrank on bbc; margin = mean of the R-1, R-2 and R-Lsum
differences) on the OTHER sets is chosen and reported on the held-out set:

    scripts/eval_summaries.py --data ../shared/data --methods tfidf \
        --grid "--position-weight 0.2|--position-weight 0.3|--position-weight 0.4"

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


def load_frank(data, split_bin, limit):
    records = []
    with open(os.path.join(data, "cnndm-frank", "frank-cnndm250.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
    records = records[: limit or None]
    # References hold one highlight a line already; precis-split keeps the
    # sentence units consistent with the other sets.
    references = split_sentences(split_bin, {r["id"]: r["reference"] for r in records})
    return [{"id": r["id"], "text": r["article"], "references": ["\n".join(references[r["id"]])],
             "n": 3} for r in records]


# Lead-3 is the first three sentences: the selector's MMR penalty (on by
# default for every method) must not reorder it.
METHOD_ARGS = {"lead": ["--diversity", "0"]}


def summarize(summarize_bin, docs, method, extra):
    """{id: candidate text with one sentence per line}."""
    by_n = collections.defaultdict(list)
    for d in docs:
        by_n[d["n"]].append({"id": d["id"], "text": d["text"]})
    out = {}
    for n, records in sorted(by_n.items()):
        command = [summarize_bin, "--jsonl", "--format", "jsonl", "--quiet", "--method", method,
                   "-n", str(n)] + METHOD_ARGS.get(method, []) + extra
        for r in run_jsonl(command, records):
            out[r["id"]] = "\n".join(s["text"] for s in r.get("sentences", []))
    return out


# ---------------------------------------------------------------- scoring


def score_with_precis_rouge(rouge_bin, docs, candidates):
    records = [{"id": d["id"], "candidate": candidates.get(d["id"], ""),
                "references": d["references"]} for d in docs]
    results = run_jsonl([rouge_bin, "--jsonl", "--stem", "--format", "jsonl", "--per-doc",
                         "--measures", "1,2,Lsum", "--no-mean"], records)
    per_doc = []
    for r in results:
        if "error" in r or r.get("type", "doc") != "doc":
            continue
        got = extract_f(r)
        if got is not None:
            per_doc.append(got)
    return per_doc


def mean_scores(per_doc):
    keys = ("rouge1", "rouge2", "rougeLsum")
    return {k: 100 * sum(d[k] for d in per_doc) / max(len(per_doc), 1) for k in keys}


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


SET_LOADERS = {"bbc": load_bbc, "realsumm": load_realsumm, "frank": load_frank}
POOLS = {"cnndm": ("realsumm", "frank")}
# The bar each set's default has to clear (the goal).
BAR = {"bbc": "textrank", "realsumm": "lead", "frank": "lead", "cnndm": "lead"}


class Evaluator:
    def __init__(self, options):
        self.summarize_bin = find_binary("precis-summarize", options.summarize)
        apps = os.path.dirname(os.path.dirname(os.path.abspath(self.summarize_bin)))
        self.split_bin = options.split or os.path.join(apps, "split", "precis-split")
        self.rouge_bin = options.rouge or os.path.join(apps, "rouge", "precis-rouge")
        for binary in (self.split_bin, self.rouge_bin):
            if not os.path.exists(binary):
                sys.exit(f"eval_summaries: {binary} not found; build it or pass its path")
        self.data = options.data
        self.limit = options.limit
        self.docs = {}
        self.cache = {}

    def per_doc(self, name, method, extra):
        key = (name, method, tuple(extra))
        if key not in self.cache:
            if name not in self.docs:
                self.docs[name] = SET_LOADERS[name](self.data, self.split_bin, self.limit)
            docs = self.docs[name]
            candidates = summarize(self.summarize_bin, docs, method, list(extra))
            self.cache[key] = score_with_precis_rouge(self.rouge_bin, docs, candidates)
        return self.cache[key]

    def scores(self, name, method, extra):
        if name in POOLS:
            pooled = []
            for part in POOLS[name]:
                pooled += self.per_doc(part, method, extra)
            return mean_scores(pooled)
        return mean_scores(self.per_doc(name, method, extra))


def margin(ev, name, method, extra):
    """Mean over R-1, R-2, R-Lsum of (method - the set's bar method at its defaults)."""
    got = ev.scores(name, method, extra)
    bar = ev.scores(name, BAR[name], ())
    return sum(got[k] - bar[k] for k in got) / 3


def print_table(rows):
    print(f"{'set':<10} {'method':<10} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7}  options")
    for name, method, extra, s in rows:
        print(f"{name:<10} {method:<10} {s['rouge1']:6.2f} {s['rouge2']:6.2f} "
              f"{s['rougeLsum']:7.2f}  {' '.join(extra) or '-'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--summarize", help="precis-summarize binary (default: newest build)")
    parser.add_argument("--split", help="precis-split binary (default: beside precis-summarize)")
    parser.add_argument("--rouge", help="precis-rouge binary (default: beside precis-summarize)")
    parser.add_argument("--methods", default=",".join(ALL_METHODS))
    parser.add_argument("--sets", default="bbc,realsumm,frank",
                        help="comma-separated: bbc, realsumm, frank (cnndm, the pooled "
                             "realsumm+frank figure, is added when both are given)")
    parser.add_argument("--args", default="", help="extra precis-summarize options")
    parser.add_argument("--grid", default="",
                        help="leave-one-set-out: candidate option strings separated by '|'")
    parser.add_argument("--limit", type=int, default=0, help="documents per set (0 = all)")
    parser.add_argument("--json", action="store_true", help="print results as one JSON line")
    options = parser.parse_args()

    ev = Evaluator(options)
    sets = options.sets.split(",")
    for pool, parts in POOLS.items():
        if all(p in sets for p in parts):
            sets.append(pool)
    methods = options.methods.split(",")
    extra = tuple(options.args.split())

    if options.grid:
        base = [s for s in sets if s not in POOLS]
        candidates = [tuple(c.split()) for c in options.grid.split("|")]
        results = []
        print(f"leave one set out over {len(candidates)} candidates; criterion: worst margin "
              f"over the bar (lead on CNN/DM, textrank on bbc) on the other sets")
        for method in methods:
            table = {c: {s: margin(ev, s, method, extra + c) for s in sets} for c in candidates}
            print(f"\nmargins over the bar, method {method} (mean of R-1/R-2/R-Lsum differences):")
            print(f"{'candidate':<40} " + " ".join(f"{s:>9}" for s in sets))
            for c in candidates:
                print(f"{' '.join(c) or '(defaults)':<40} " +
                      " ".join(f"{table[c][s]:+9.2f}" for s in sets))
            print()
            for held in base:
                train = [s for s in base if s != held]
                best = max(candidates, key=lambda c: min(table[c][s] for s in train))
                got = ev.scores(held, method, extra + best)
                bar = ev.scores(held, BAR[held], ())
                results.append({"held_out": held, "method": method, "chosen": " ".join(best),
                                "scores": got, "bar": BAR[held], "bar_scores": bar})
                print(f"held out {held:<9} chosen on {'+'.join(train):<15} "
                      f"{' '.join(best) or '(defaults)':<36} "
                      f"{got['rouge1']:6.2f} {got['rouge2']:6.2f} {got['rougeLsum']:6.2f}  "
                      f"({BAR[held]} {bar['rouge1']:.2f} {bar['rouge2']:.2f} "
                      f"{bar['rougeLsum']:.2f})")
        if options.json:
            print(json.dumps(results))
        return

    rows = [(name, method, extra, ev.scores(name, method, extra))
            for name in sets for method in methods]
    if options.json:
        print(json.dumps({f"{n}/{m}": s for n, m, _, s in rows}))
        return
    print(f"ROUGE F1 x100 (precis-rouge --stem); extra options: {options.args or '(none)'}")
    print_table(rows)


if __name__ == "__main__":
    main()
