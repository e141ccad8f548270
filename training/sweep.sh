#!/bin/sh
# Several training runs at once on one GPU (how the committed models were trained when a
# session had one; nothing needs it). Two halves, because the GPU machine has no Node:
#   sh training/sweep.sh prepare   # here: the datasets from the project CLI, gzipped into .gpu/
#   sh training/sweep.sh run       # there: each experiment for BUDGET seconds, checkpoints to $OUT
# Then, here, per experiment: put its checkpoint in <out>/.checkpoints/<id>/ and rerun the same
# `npm run train` flags with `--out <out>`: it resumes at the end, evaluates and exports.
set -eu
cd "$(dirname "$0")/.."
BUDGET=${BUDGET:-400}
PY=${PY:-python3}
DEVICE=${DEVICE:-cuda}

# name | flags (each experiment's datasets follow from --task/--variant/--seed/--n-train)
DEFAULT_EXPERIMENTS='
add-relative|--task addition --variant scratchpad --positions relative --line-roles 3 --n-train 200000 --batch 64
add-relative-s2|--task addition --variant scratchpad --positions relative --line-roles 3 --n-train 200000 --batch 64 --seed 2
add-line-only|--task addition --variant scratchpad --positions line --line-roles 3 --line-only-heads 2 --n-train 200000 --batch 64
add-line|--task addition --variant scratchpad --positions line --line-roles 3 --n-train 200000 --batch 64
poly-deep|--task polynomial --variant scratchpad --layers 8 --n-train 300000 --batch 128 --lr 1.5e-3
poly-wide|--task polynomial --variant scratchpad --d-model 192 --heads 6 --n-train 300000 --batch 128 --lr 1.5e-3
'
# The second round (BUDGET=215 ROUND=2): on from the best two of the first, at a lower
# learning rate; their checkpoints go in .gpu/init/ first. These made the committed models.
ROUND2_EXPERIMENTS='
r2-poly-wide|--task polynomial --variant scratchpad --n-train 300000 --batch 128 --lr 5e-4 --init-from .gpu/init/poly-wide.pt
r2-add-relative|--task addition --variant scratchpad --n-train 200000 --batch 64 --lr 5e-4 --init-from .gpu/init/add-relative.pt
r2-add-rel-c3|--task addition --variant scratchpad --positions relative --line-roles 3 --rel-cols 3 --n-train 200000 --batch 64
r2-add-rel-c12|--task addition --variant scratchpad --positions relative --line-roles 3 --rel-cols 12 --n-train 200000 --batch 64
'
if [ "${ROUND:-1}" = 2 ]; then DEFAULT_EXPERIMENTS=$ROUND2_EXPERIMENTS; fi
EXPERIMENTS=${EXPERIMENTS:-$DEFAULT_EXPERIMENTS}
SMOKE='--task addition --variant scratchpad --tiny --steps 5 --no-export'

case "${1:-}" in
prepare)
  rm -rf .gpu/data && mkdir -p .gpu/data
  echo "$EXPERIMENTS" | while IFS='|' read -r name flags; do
    [ -n "$name" ] || continue
    # shellcheck disable=SC2086
    /usr/bin/python3 training/train.py $flags --data-only --out .gpu/prep
  done
  /usr/bin/python3 training/train.py $SMOKE --data-only --out .gpu/prep
  (cd .gpu/prep/.checkpoints && for d in */data; do mkdir -p "../../data/$d" && for f in "$d"/*.jsonl; do gzip -c "$f" >"../../data/$f.gz"; done; done)
  rm -rf .gpu/prep
  du -sh .gpu/data
  ;;
run)
  OUT=${OUT:?set OUT}
  runs=/tmp/runs
  rm -rf "$runs" && mkdir -p "$runs"
  # The datasets, unpacked once, linked where train.py looks for each model id's.
  for d in .gpu/data/*/data; do
    mkdir -p "$runs/data/$(basename "$(dirname "$d")")"
    for f in "$d"/*.gz; do gunzip -c "$f" >"$runs/data/$(basename "$(dirname "$d")")/$(basename "$f" .gz)" & done
  done
  wait
  seed_data() {
    for d in "$runs"/data/*; do mkdir -p "$1/.checkpoints/$(basename "$d")" && ln -s "$d" "$1/.checkpoints/$(basename "$d")/data"; done
  }
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
  seed_data "$runs/smoke"
  if [ -z "${NO_SMOKE:-}" ]; then
    # shellcheck disable=SC2086
    $PY training/train.py $SMOKE --device "$DEVICE" --positions relative --line-roles 3 --out "$runs/smoke"
  fi
  # A here-document, not a pipe: the loop must run in this shell for `wait` to see its jobs.
  while IFS='|' read -r name flags; do
    [ -n "$name" ] || continue
    seed_data "$runs/$name"
    # shellcheck disable=SC2086
    ( $PY training/train.py $flags --device "$DEVICE" --time-budget "$BUDGET" --no-export --out "$runs/$name" \
        >"$runs/$name.log" 2>&1; echo "exit $?" >>"$runs/$name.log" ) &
  done <<LIST
$EXPERIMENTS
LIST
  sleep 60; nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv,noheader || true
  wait
  for log in "$runs"/*.log; do echo "== $log"; tail -4 "$log"; done
  # Checkpoints without the optimizer (what comes back is size-limited): enough to evaluate and export.
  for dir in "$runs"/*/; do
    name=$(basename "$dir"); [ "$name" = smoke ] && continue
    ckpt=$(ls "$dir".checkpoints/*/step-*.pt 2>/dev/null | tail -1)
    [ -n "$ckpt" ] || continue
    $PY -c "import sys, torch; c = torch.load(sys.argv[1], weights_only=False); c.pop('optimizer', None); torch.save(c, sys.argv[2])" "$ckpt" "$OUT/$name--$(basename "$ckpt")"
  done
  tar -czf "$OUT/logs.tar.gz" -C "$runs" $(cd "$runs" && ls ./*.log)
  ls -la "$OUT"
  ;;
*) echo "usage: sh training/sweep.sh prepare|run" >&2; exit 2 ;;
esac
