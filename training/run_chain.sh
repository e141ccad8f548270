#!/bin/sh
# Trains models one after another, each logging to <out>/.checkpoints/<id>/train.log.
#   nohup sh training/run_chain.sh addition-scratchpad addition-direct >/dev/null 2>&1 &
# Rerunning it resumes each model from its latest checkpoint (a finished one only
# re-evaluates and re-exports). TRAIN_OUT picks the models folder (default models);
# extra flags for every run go in TRAIN_FLAGS.
cd "$(dirname "$0")/.." || exit 1
out=${TRAIN_OUT:-models}
for id in "$@"; do
  task=${id%%-*}
  variant=${id#*-}
  mkdir -p "$out/.checkpoints/$id"
  log="$out/.checkpoints/$id/train.log"
  echo "=== $(date -Is) npm run train -- --task $task --variant $variant --out $out $TRAIN_FLAGS" >>"$log"
  # shellcheck disable=SC2086 # TRAIN_FLAGS is meant to split into flags
  npm run -s train -- --task "$task" --variant "$variant" --out "$out" $TRAIN_FLAGS >>"$log" 2>&1
  echo "=== $(date -Is) exit $?" >>"$log"
done
