#!/usr/bin/env bash
# A longer fuzzing run than the test command's: every fuzz target of test-suites (package fuzz)
# for ROUNDS rounds (default 10) of its @FuzzTest duration each, the corpus growing from round to
# round in test-suites/target/fuzz. Prints per target the inputs tried and the seconds spent, and
# the findings (crash files; a finding also fails its round).
#   tools/fuzz-long.sh [ROUNDS]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-10}"
targets=(front-end llama2c-reader safetensors-reader llama2c-tokenizer hf-tokenizer manifest)
goals=()
for t in "${targets[@]}"; do goals+=("surefire:test@fuzz-$t"); done
log=test-suites/target/fuzz-long.log
mkdir -p test-suites/target && : >"$log"
start=$(date +%s)
for r in $(seq "$rounds"); do
  ./mvnw -B -o -pl test-suites test-compile "${goals[@]}" >>"$log" 2>&1 || echo "round $r: a target failed (see $log)"
done
echo "date: $(date -u +%Y-%m-%d), machine: $(nproc) cores, rounds: $rounds, wall: $(( $(date +%s) - start )) s"
python3 - "$log" "${targets[@]}" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
# each execution's section starts at its surefire line; libFuzzer ends it with "Done N runs in T second(s)"
for t in sys.argv[2:]:
    runs = secs = 0
    for part in text.split("(fuzz-" + t + ")")[1:]:
        m = re.search(r"Done (\d+) runs in (\d+) second", part)
        if m:
            runs += int(m.group(1)); secs += int(m.group(2))
    print(f"{t}: {runs} inputs in {secs} s")
PY
echo "findings: $(find test-suites/target/fuzz -maxdepth 1 -name 'crash-*' | wc -l)"
