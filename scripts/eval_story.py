#!/usr/bin/env python3
"""Evaluate story summaries (precis-summarize --story) on DUC 2004 task 2 clusters.

For each cluster of ../shared/data/duc2004-dev (about ten AP/NYT articles on one story, four
human summaries of about 100 words), runs

    precis-summarize --story --bytes 665 --format jsonl --jsonl   (the cluster's articles)

and scores the summaries with precis-rouge --stem --bytes 665 (ROUGE-1.5.5 -n 2 -m -b 665,
recall, the DUC figure), averaged as ROUGE-1.5.5 prints it. Also, for comparison, the
single-document methods on the cluster's articles concatenated into one text:

    scripts/eval_story.py --data ../shared/data
    scripts/eval_story.py --data ../shared/data --methods story --args "--lead-weight 2"
    scripts/eval_story.py --data ../shared/data --grid "--min-agreement 0.25|--min-agreement 0.35"
    scripts/eval_story.py --data ../shared/data --methods story --split

--split also scores the two halves of the clusters (odd: the 1st, 3rd, ... in name order;
even: the 2nd, 4th, ...), so that a change can be required to help on both; --bytes-used
adds the mean bytes of the summaries (ROUGE reads the first 665).

The data is read at run time from --data and never copied.
"""
import argparse
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_summaries import find_binary, run_jsonl  # noqa: E402


def load_clusters(data):
    root = os.path.join(data, "duc2004-dev")
    clusters = []
    for name in sorted(os.listdir(root)):
        docs_dir = os.path.join(root, name, "docs")
        docs = sorted((f for f in os.listdir(docs_dir) if re.fullmatch(r"C[0-9]+", f)),
                      key=lambda f: int(f[1:]))
        articles = []
        for f in docs:
            with open(os.path.join(docs_dir, f), encoding="utf-8", errors="replace") as handle:
                articles.append({"id": f"{name}/{f}", "story": name, "text": handle.read()})
        references = []
        for path in sorted(glob.glob(os.path.join(root, name, "models", "*"))):
            with open(path, encoding="utf-8", errors="replace") as handle:
                references.append(handle.read().strip())
        clusters.append({"id": name, "articles": articles, "references": references})
    return clusters


def summaries(summarize_bin, clusters, method, extra):
    """{cluster id: summary text, one sentence a line}."""
    if method == "story":
        records = [a for c in clusters for a in c["articles"]]
        command = [summarize_bin, "--jsonl", "--group-by", "story", "--format", "jsonl",
                   "--quiet", "--bytes", "665"] + extra
        return {r["story"]: "\n".join(s["text"] for s in r["sentences"])
                for r in run_jsonl(command, records) if "story" in r}
    records = [{"id": c["id"], "text": "\n\n".join(a["text"] for a in c["articles"])}
               for c in clusters]
    command = [summarize_bin, "--jsonl", "--format", "jsonl", "--quiet", "--bytes", "665",
               "--method", method] + extra
    return {r["id"]: "\n".join(s["text"] for s in r.get("sentences", []))
            for r in run_jsonl(command, records)}


def score(rouge_bin, clusters, candidates):
    """(R-1, R-2) recall of the candidates, averaged over the clusters."""
    records = [{"id": c["id"], "candidate": candidates.get(c["id"], ""),
                "references": c["references"]} for c in clusters]
    for r in run_jsonl([rouge_bin, "--jsonl", "--stem", "--bytes", "665", "--format", "jsonl",
                        "--measures", "1,2"], records):
        if r.get("type") == "average":
            return r["scores"]["ROUGE-1"]["r"], r["scores"]["ROUGE-2"]["r"]
    sys.exit("eval_story: precis-rouge printed no average")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--summarize", help="precis-summarize binary (default: newest build)")
    parser.add_argument("--rouge", help="precis-rouge binary (default: beside precis-summarize)")
    parser.add_argument("--methods", default="story,lexrank,centroid,tfidf,lead")
    parser.add_argument("--args", default="", help="extra precis-summarize options")
    parser.add_argument("--grid", default="", help="candidate option strings separated by '|' "
                        "(story only): one line each")
    parser.add_argument("--split", action="store_true",
                        help="also score the odd and the even clusters separately")
    parser.add_argument("--bytes-used", action="store_true",
                        help="also print the mean bytes of the summaries")
    options = parser.parse_args()
    summarize_bin = find_binary("precis-summarize", options.summarize)
    apps = os.path.dirname(os.path.dirname(os.path.abspath(summarize_bin)))
    rouge_bin = options.rouge or os.path.join(apps, "rouge", "precis-rouge")
    clusters = load_clusters(options.data)
    extra = options.args.split()
    print(f"DUC 2004 task 2, {len(clusters)} clusters: ROUGE recall at 665 bytes, "
          f"precis-rouge --stem")
    halves = [("all", clusters)]
    if options.split:
        halves += [("odd", clusters[0::2]), ("even", clusters[1::2])]
    header = f"{'method':<10}"
    for name, _ in halves:
        suffix = "" if name == "all" else f"/{name}"
        header += f" {'R-1' + suffix:>9} {'R-2' + suffix:>9}"
    if options.bytes_used:
        header += f" {'bytes':>6}"
    print(header + "  options")

    def line(method, label, texts):
        row = f"{method:<10}"
        for _, part in halves:
            r1, r2 = score(rouge_bin, part, texts)
            row += f" {r1:9.5f} {r2:9.5f}"
        if options.bytes_used:
            sizes = [len(texts.get(c["id"], "").encode("utf-8")) for c in clusters]
            row += f" {sum(sizes) / len(sizes):6.0f}"
        print(row + "  " + label)

    if options.grid:
        for candidate in options.grid.split("|"):
            line("story", candidate,
                 summaries(summarize_bin, clusters, "story", extra + candidate.split()))
        return
    for method in options.methods.split(","):
        line(method, options.args or "-", summaries(summarize_bin, clusters, method, extra))


if __name__ == "__main__":
    main()
