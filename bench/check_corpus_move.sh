#!/usr/bin/env bash
# Checks that two builds of precis-sketch and precis-dedup write byte-identical
# results (stdout, exit status, --index files) on the project's corpus, the
# dedup test texts and generated bench corpora: the proof that moving the
# corpus engine into the library (issue 15) changed no behaviour.
#
#   bench/check_corpus_move.sh OLD_DIR NEW_DIR [ARTICLES]
#
# Each DIR holds precis-sketch and precis-dedup (searched below it) and, when
# its libprecis.so differs from the installed one, that library (found through
# LD_LIBRARY_PATH, which a RUNPATH does not override). ARTICLES (default 3000)
# sizes the generated corpora. Prints one line per case and exits 1 on any
# difference.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 OLD_DIR NEW_DIR [ARTICLES]" >&2
  exit 2
fi
old_dir=$(cd "$1" && pwd)
new_dir=$(cd "$2" && pwd)
articles=${3:-3000}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

find_app() {  # DIR VERB
  find "$1" -name "precis-$2" -type f -perm -u+x | head -n 1
}

# Inputs: the sample corpus, a synthetic set with planted copies, and
# news-sized articles from corpus/ with edited copies.
python3 "$source_dir/bench/make_near_duplicates.py" synthetic --articles "$articles" \
  --copies $((articles / 4)) --out "$work/synthetic.jsonl" --truth "$work/synthetic.truth.tsv"
python3 "$source_dir/bench/make_near_duplicates.py" corpus --dir "$source_dir/corpus" \
  --articles "$articles" --out "$work/news.jsonl"
head -n $((articles / 2)) "$work/news.jsonl" > "$work/news-first.jsonl"
tail -n +$((articles / 2 + 1)) "$work/news.jsonl" > "$work/news-second.jsonl"
corpus_files=("$source_dir"/corpus/*.txt)

# run NAME DIR ARGS...: runs the command line in DIR's build with stdin from
# $stdin, keeping stdout and the exit status under $work/NAME.<old|new>.
run_case() {
  local side=$1 name=$2 dir=$3
  shift 3
  local sketch dedup
  sketch=$(find_app "$dir" sketch)
  dedup=$(find_app "$dir" dedup)
  local out="$work/$side/$name"
  mkdir -p "$work/$side"
  (
    cd "$work/$side"
    export LD_LIBRARY_PATH="$(dirname "$(find "$dir" -name 'libprecis.so*' | head -n 1)")"
    set +e
    SKETCH=$sketch DEDUP=$dedup bash -c "$*" > "$out.stdout" 2> "$out.stderr"
    echo $? > "$out.status"
  )
}

cases=()
add() { cases+=("$1"$'\x1f'"$2"); }

# Signatures and band keys.
add sketch-corpus '$SKETCH '"${corpus_files[*]}"
add sketch-jsonl '$SKETCH --jsonl '"$work/news.jsonl"
add sketch-threads '$SKETCH --jsonl --threads 3 '"$work/synthetic.jsonl"
add sketch-char '$SKETCH --unit char -k 4 -K 64 '"${corpus_files[*]}"
add sketch-kh-seed '$SKETCH --method kh --seed 7 -K 32 --jsonl '"$work/synthetic.jsonl"
add sketch-nostem '$SKETCH --no-stem --drop-stopwords --jsonl '"$work/news.jsonl"
add sketch-bands '$SKETCH --emit-bands --jsonl '"$work/news.jsonl"
add sketch-bands-rows '$SKETCH --emit-bands --bands 8 --rows 4 --threshold 0.5 --jsonl '"$work/synthetic.jsonl"
# Dedup from texts, every output and format, both verifications and containment.
for output in pairs clusters unique; do
  for format in text tsv jsonl; do
    add "dedup-news-$output-$format" '$DEDUP --jsonl --output '"$output --format $format $work/news.jsonl"
    add "dedup-synth-$output-$format" '$DEDUP --jsonl --threshold 0.6 --output '"$output --format $format $work/synthetic.jsonl"
  done
done
add dedup-corpus '$DEDUP --threshold 0.3 --output clusters --format jsonl '"${corpus_files[*]}"
add dedup-estimate '$DEDUP --jsonl --verify estimate --format tsv '"$work/synthetic.jsonl"
add dedup-none '$DEDUP --jsonl --verify none --output clusters --format tsv '"$work/synthetic.jsonl"
add dedup-containment '$DEDUP --jsonl --containment 0.7 --max-size-ratio 3 --format jsonl '"$work/news.jsonl"
add dedup-bands '$DEDUP --jsonl --bands 16 --rows 4 --format tsv '"$work/synthetic.jsonl"
add dedup-char '$DEDUP --unit char -k 5 -K 64 --threshold 0.5 --output clusters '"${corpus_files[*]}"
add dedup-threads '$DEDUP --jsonl --threads 3 --threshold 0.6 --output clusters --format jsonl '"$work/synthetic.jsonl"
# From signature streams (concatenated parts), and a damaged one.
add dedup-signatures '$SKETCH --jsonl '"$work/news-first.jsonl"' > a.sig; $SKETCH --jsonl '"$work/news-second.jsonl"' > b.sig; cat a.sig b.sig | $DEDUP --signatures --output clusters --format jsonl'
add dedup-signatures-unique '$SKETCH --jsonl '"$work/synthetic.jsonl"' > s.sig; $DEDUP --signatures --output unique --format jsonl --threshold 0.6 s.sig'
add dedup-damaged '$SKETCH --jsonl '"$work/news.jsonl"' | sed "5s/^\(.\{20\}\)./\1#/" | $DEDUP --signatures --format tsv -'
add dedup-mismatch '$SKETCH -K 64 '"${corpus_files[*]}"' > a.sig; $SKETCH '"${corpus_files[*]}"' > b.sig; $DEDUP --signatures a.sig b.sig'
# The incremental index: two runs, a retry, a damaged index.
add dedup-index '$DEDUP --jsonl --index idx.sig --format jsonl '"$work/news-first.jsonl"'; $DEDUP --jsonl --index idx.sig --output clusters --format jsonl '"$work/news-second.jsonl"'; $DEDUP --jsonl --index idx.sig --format tsv '"$work/news-second.jsonl"'; cat idx.sig'
add dedup-index-unique '$DEDUP --jsonl --index u.sig --output unique --format jsonl '"$work/synthetic.jsonl"'; $DEDUP --jsonl --index u.sig --output unique --format tsv '"$work/synthetic.jsonl"'; cat u.sig'
add dedup-index-damaged '$DEDUP --jsonl --index d.sig '"$work/news-first.jsonl"' > /dev/null; sed -i "3s/^\(.\{20\}\)./\1#/" d.sig; $DEDUP --jsonl --index d.sig '"$work/news-second.jsonl"'; echo "status $?"; cat d.sig'
# The distributed path: map, shuffle (sort), reduce, components.
for format in text tsv jsonl; do
  add "distributed-$format" '$SKETCH --emit-bands --jsonl '"$work/news.jsonl"' | LC_ALL=C sort | $DEDUP --reduce-bands | $DEDUP --components --format '"$format"
done
add distributed-mixed '($SKETCH --emit-bands -K 64 '"${corpus_files[*]}"'; $SKETCH --emit-bands '"${corpus_files[*]}"') | LC_ALL=C sort | $DEDUP --reduce-bands'

failed=0
for entry in "${cases[@]}"; do
  name=${entry%%$'\x1f'*}
  command=${entry#*$'\x1f'}
  run_case old "$name" "$old_dir" "$command"
  run_case new "$name" "$new_dir" "$command"
  if cmp -s "$work/old/$name.stdout" "$work/new/$name.stdout" &&
     cmp -s "$work/old/$name.status" "$work/new/$name.status"; then
    printf 'same       %-32s %8d bytes, exit %s\n' "$name" "$(wc -c < "$work/new/$name.stdout")" \
      "$(cat "$work/new/$name.status")"
  else
    printf 'DIFFERENT  %s\n' "$name"
    diff <(head -c 2000 "$work/old/$name.stdout") <(head -c 2000 "$work/new/$name.stdout") | head -n 10 || true
    failed=1
  fi
done
# Stderr holds timings and memory, so it is compared without the summary line.
for entry in "${cases[@]}"; do
  name=${entry%%$'\x1f'*}
  if ! diff -q <(grep -v 'new articles\|deprecated' "$work/old/$name.stderr") \
               <(grep -v 'new articles\|deprecated' "$work/new/$name.stderr") > /dev/null; then
    printf 'stderr differs (not counted): %s\n' "$name"
    diff <(grep -v 'new articles' "$work/old/$name.stderr") <(grep -v 'new articles' "$work/new/$name.stderr") | head -n 6 || true
  fi
done
echo "${#cases[@]} cases; $([[ $failed == 0 ]] && echo 'all byte-identical' || echo 'DIFFERENCES found')"
exit $failed
