#!/usr/bin/env python3
"""The Dask pipelines of scripts/dask_precis.py on a LocalCluster with two
worker processes give exactly the single-process answers:

  dedup   sketch --emit-bands per partition, a Dask shuffle by band key,
          dedup --reduce-bands and --components: the clusters of
          precis-dedup --verify none --output clusters
  search  shards routed and built on the workers, a query fanned out over them
          and merged: the answers of one index over the whole corpus (with
          retried and edited ids spread over partitions, so input order counts)

Exit 77 (ctest's SKIP_RETURN_CODE) when python3-distributed is missing.

  dask_pipelines_test.py --bin BUILD/apps
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(SOURCE, "scripts", "dask_precis.py")
GENERATOR = os.path.join(SOURCE, "bench", "make_near_duplicates.py")


def clusters(tsv):
    """Clusters as sets of member ids (column 3), grouped by cluster number."""
    groups = collections.defaultdict(set)
    for line in tsv.splitlines():
        fields = line.split("\t")
        groups[fields[0]].add(fields[2])
    return sorted(sorted(members) for members in groups.values())


def driver(bin_dir, *args):
    done = subprocess.run([sys.executable, DRIVER, "--bin", bin_dir, "--workers", "2",
                           "--partitions", "4", *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"dask_precis.py {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def check_dedup(bin_dir, work):
    articles = os.path.join(work, "dedup.jsonl")
    subprocess.run([sys.executable, GENERATOR, "synthetic", "--articles", "150", "--copies", "40",
                    "--out", articles, "--truth", articles + ".truth"], check=True,
                   capture_output=True)
    distributed = clusters(driver(bin_dir, "dedup", articles))
    single = subprocess.run([os.path.join(bin_dir, "dedup", "precis-dedup"), "--jsonl", "--verify",
                             "none", "--output", "clusters", "--format", "tsv", "-q", articles],
                            check=True, capture_output=True, text=True).stdout
    assert distributed == clusters(single), "Dask dedup clusters differ from one process's"
    multi = [c for c in distributed if len(c) > 1]
    assert len(multi) >= 30, f"too few planted clusters found ({len(multi)})"
    print(f"dedup: {len(distributed)} clusters ({len(multi)} with copies), as one process")


def check_search(bin_dir, work):
    rng = random.Random(15)
    words = ["".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
             for _ in range(3000)]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(150, 400))) + "."
             for _ in range(240)]
    records = [{"id": f"s{i:04d}", "text": t} for i, t in enumerate(texts)]
    # Reprints under other ids, so queries have several matches to rank.
    records += [{"id": f"c{i:04d}", "text": texts[i]} for i in range(0, 240, 3)]
    # Retries (same text) and edits (new text) of earlier ids, late in the
    # input: the last version must win in the shard as in the single index.
    for i in range(0, 240, 17):
        records.append({"id": f"s{i:04d}", "text": texts[i]})
    for i in range(5, 240, 23):
        records.append({"id": f"s{i:04d}", "text": " ".join(rng.choice(words) for _ in range(200))})
    articles = os.path.join(work, "search.jsonl")
    with open(articles, "w") as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    queries = os.path.join(work, "queries.jsonl")
    with open(queries, "w") as out:
        for q in range(60):
            source = rng.choice(records)["text"].split()
            start = rng.randrange(len(source) - 60)
            quote = source[start:start + rng.randint(20, 60)]
            out.write(json.dumps({"id": f"q{q}", "text": " ".join(quote)}) + "\n")
    shards = os.path.join(work, "shards")
    driver(bin_dir, "search-build", "--shards", "3", "--out", shards, articles)
    merged = [json.loads(line) for line in driver(bin_dir, "search-query", "--out", shards,
                                                  queries).splitlines()]
    search = os.path.join(bin_dir, "search", "precis-search")
    single_index = os.path.join(work, "single")
    subprocess.run([search, "--index", single_index, "build", "--jsonl", "-q", articles],
                   check=True)
    single = subprocess.run([search, "--index", single_index, "query", "--jsonl", "--format",
                             "jsonl", queries], capture_output=True, text=True).stdout
    single = [json.loads(line) for line in single.splitlines()]
    assert merged == single, "Dask search answers differ from the single index's"
    # --limit applies to the merged ranking, as in one index.
    assert any(len(a["matches"]) > 1 for a in single), "no query with several matches"
    top = [json.loads(line) for line in driver(bin_dir, "search-query", "--out", shards, queries,
                                               "--", "--limit", "1").splitlines()]
    assert top == [dict(a, matches=a["matches"][:1]) for a in single], "--limit after the merge"
    found = sum(len(answer["matches"]) for answer in merged)
    assert found >= 40, f"too few matches ({found})"
    print(f"search: 3 shards built on the workers, {len(merged)} queries, {found} matches, "
          "as the single index")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="the build tree's apps directory")
    args = parser.parse_args()
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("SKIP: python3-distributed (Dask) is not installed "
              "(scripts/install-deps.sh --test)")
        return 77
    with tempfile.TemporaryDirectory(prefix="precis-dask-") as work:
        check_dedup(args.bin, work)
        check_search(args.bin, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
