#!/usr/bin/env python3
"""Runs precis's distributed pipelines on a Dask cluster (python3-distributed).

The precis apps do the work; Dask moves the data between them:

  dedup         map   precis-sketch --jsonl --emit-bands, per input partition
                shuffle  by band key (a Dask bag groupby: a real all-to-all shuffle)
                reduce   precis-dedup --reduce-bands, per shuffled partition
                         (its lines sorted, so each key's lines are together)
                components  precis-dedup --components --format tsv, on one worker
                -> the clusters TSV on stdout, exactly those of
                   `precis-dedup --verify none --output clusters --format tsv`.

  search-build  map   precis-search --shards N route, per input partition
                shuffle  by shard (records keep their input order inside a shard,
                         so a retried id's last version wins, as in one index)
                build    precis-search --index OUT/shard-I --shard I/N build, one task
                         per shard, on the workers
  search-query  fan out  precis-search --index OUT/shard-I query --format jsonl, one
                         task per shard
                merge    per query, the matches of all shards ranked as one index
                         ranks them (containment of the query, then of the article,
                         then id) -> one JSON Lines record per query on stdout, the
                         same answers as one index over the whole corpus.

Cluster: by default a LocalCluster with --workers worker processes on this
machine. For several machines start a scheduler (`dask-scheduler`) and on each
machine `dask-worker tcp://SCHEDULER:8786`, then pass `--scheduler
tcp://SCHEDULER:8786`. Every worker needs the precis apps at the --bin path
and must see the input and --out paths (a shared file system); the search
shards are built where the tasks run, into --out.

Examples:
  dask_precis.py --bin build/ci/apps dedup news.jsonl > clusters.tsv
  dask_precis.py --bin /usr/bin --scheduler tcp://10.0.0.5:8786 \\
      search-build --shards 16 --out /shared/idx news.jsonl
  dask_precis.py --bin /usr/bin search-query --out /shared/idx releases.jsonl

Options after the command are passed to the precis app of each step
(e.g. `dedup ... -- --threshold 0.7`, used by the map step).
"""

import argparse
import json
import os
import subprocess
import sys


def app(bin_dir, verb):
    """precis-<verb> in an installed bin directory or a build tree's apps/."""
    for candidate in (os.path.join(bin_dir, f"precis-{verb}"),
                      os.path.join(bin_dir, verb, f"precis-{verb}")):
        if os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    sys.exit(f"dask_precis: no precis-{verb} in {bin_dir}")


def run(command, lines):
    """Runs a precis app as a line filter; its failure fails the task (and the run)."""
    done = subprocess.run(command, input="".join(lines), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr}")
    return done.stdout.splitlines(keepends=True)


def read_lines(path, partitions):
    """The input as a bag of lines in `partitions` parts, read on the workers."""
    import dask.bag as db
    size = os.path.getsize(path)
    return db.read_text(path, blocksize=max(1, size // partitions + 1), linedelimiter="\n")


def dedup(args, extra):
    sketch, dedup_app = app(args.bin, "sketch"), app(args.bin, "dedup")
    lines = read_lines(args.input, args.partitions)
    bands = lines.map_partitions(
        lambda part: run([sketch, "--jsonl", "--emit-bands", "--threads", "1", "-q", *extra],
                         list(part)))
    keyed = bands.map(lambda line: tuple(line.rstrip("\n").split("\t", 1)))
    # The shuffle: every band key's ids meet in one group, whichever partition
    # sketched them.
    groups = keyed.groupby(lambda pair: pair[0], shuffle="tasks", npartitions=args.partitions)

    def reduce_partition(part):
        key_lines = sorted(f"{key}\t{pair[1]}\n" for key, pairs in part for pair in pairs)
        return run([dedup_app, "--reduce-bands"], key_lines)

    edges = groups.map_partitions(reduce_partition)
    clusters = edges.repartition(npartitions=1).map_partitions(
        lambda part: run([dedup_app, "--components", "--format", "tsv"], list(part)))
    sys.stdout.writelines(clusters.compute())


def search_build(args, extra):
    import dask.bag as db
    search = app(args.bin, "search")
    os.makedirs(args.out, exist_ok=True)
    parts = read_lines(args.input, args.partitions).to_delayed()

    def route(number, part):
        routed = run([search, "--shards", str(args.shards), "route", "--jsonl"], list(part))
        # (shard, (partition, line), record): the order key keeps input order.
        return [(int(line.split("\t", 1)[0]), (number, i), line.split("\t", 1)[1])
                for i, line in enumerate(routed)]

    import dask
    routed = db.from_delayed([dask.delayed(route)(n, p) for n, p in enumerate(parts)])
    by_shard = routed.groupby(lambda item: item[0], shuffle="tasks", npartitions=args.shards)

    def build(group):
        shard, items = group
        records = [record for _, _, record in sorted(items, key=lambda item: item[1])]
        directory = os.path.join(args.out, f"shard-{shard}")
        run([search, "--index", directory, "--shard", f"{shard}/{args.shards}", "build",
             "--jsonl", "-q", "--threads", "1", *extra], records)
        return shard, len(records)

    built = dict(by_shard.map(build).compute())
    # A shard no article hashed to still gets its (empty) index, so a query
    # fans out over exactly N directories.
    for shard in range(args.shards):
        if shard not in built:
            run([search, "--index", os.path.join(args.out, f"shard-{shard}"), "--shard",
                 f"{shard}/{args.shards}", "build", "--jsonl", "-q", *extra], [])
    with open(os.path.join(args.out, "shards"), "w") as manifest:
        manifest.write(f"{args.shards}\n")
    print(f"dask_precis: built {args.shards} shards in {args.out}: "
          + ", ".join(f"{s}: {built.get(s, 0)}" for s in range(args.shards)), file=sys.stderr)


def merge_answers(per_shard, limit=0):
    """One record per query from each shard's record for it, ranked as one index
    (and cut to `limit` matches after the merge, as one index cuts them)."""
    merged = []
    for records in zip(*per_shard):
        answers = [json.loads(record) for record in records]
        if any("error" in answer for answer in answers):
            merged.append(json.dumps(answers[0], ensure_ascii=False, separators=(",", ":")))
            continue
        matches = [m for answer in answers for m in answer["matches"]]
        # The exact ratios (not the printed ones) decide, as in Searcher::Query.
        matches.sort(key=lambda m: (-m["shared"] / m["shingles_query"],
                                    -m["shared"] / m["shingles_article"],
                                    m["article"].encode("utf-8")))
        if limit:
            matches = matches[:limit]
        for rank, match in enumerate(matches, 1):
            match["rank"] = rank
        merged.append(json.dumps({"id": answers[0]["id"],
                                  "candidates": sum(a["candidates"] for a in answers),
                                  "matches": matches}, ensure_ascii=False, separators=(",", ":")))
    return merged


def search_query(args, extra):
    import dask
    search = app(args.bin, "search")
    with open(os.path.join(args.out, "shards")) as manifest:
        shards = int(manifest.read())
    queries = os.path.abspath(args.input)

    def query(shard):
        command = [search, "--index", os.path.join(args.out, f"shard-{shard}"), "query",
                   "--jsonl", "--format", "jsonl", *extra, queries]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode not in (0, 1):  # 1: no match in this shard
            raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr}")
        return done.stdout.splitlines()

    per_shard = dask.compute(*[dask.delayed(query)(s) for s in range(shards)])
    limit = 0
    for i, option in enumerate(extra):
        if option == "--limit" and i + 1 < len(extra):
            limit = int(extra[i + 1])
        elif option.startswith("--limit="):
            limit = int(option.split("=", 1)[1])
    merged = merge_answers(per_shard, limit)
    for record in merged:
        print(record)
    return 0 if any(json.loads(r).get("matches") for r in merged) else 1


def main():
    parser = argparse.ArgumentParser(
        description="precis's distributed pipelines on Dask",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--bin", required=True,
                        help="directory of the precis apps (installed bin or build/apps)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler "
                        "(tcp://HOST:8786); default: a LocalCluster on this machine")
    parser.add_argument("--workers", type=int, default=2,
                        help="LocalCluster worker processes (default 2)")
    parser.add_argument("--partitions", type=int, default=4, help="input partitions (default 4)")
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dedup", help="near-duplicate clusters (TSV on stdout)")
    d.add_argument("input", help="JSON Lines articles")
    b = commands.add_parser("search-build", help="build search index shards")
    b.add_argument("--shards", type=int, required=True)
    b.add_argument("--out", required=True, help="directory of the shard indexes")
    b.add_argument("input", help="JSON Lines articles")
    q = commands.add_parser("search-query", help="query every shard and merge (JSONL)")
    q.add_argument("--out", required=True, help="directory of the shard indexes")
    q.add_argument("input", help="JSON Lines queries")
    args, extra = parser.parse_known_args()
    extra = [e for e in extra if e != "--"]

    from dask.distributed import Client, LocalCluster
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    with client:
        if args.command == "dedup":
            dedup(args, extra)
            return 0
        if args.command == "search-build":
            search_build(args, extra)
            return 0
        return search_query(args, extra)


if __name__ == "__main__":
    sys.exit(main())
