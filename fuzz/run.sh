#!/usr/bin/env bash
# Runs fuzz targets one after another and prints a line of figures per target.
#
#   fuzz/run.sh [-t SECONDS] [-n RUNS] [-c CHUNK] [-b BUILD_DIR] [TARGET...]
#
# TARGET is a name without "fuzz_" (default: all of them); -t caps each run's
# time (default 30), -n its executions (default: no cap). -c runs a target
# in processes of at most CHUNK executions, one after another on the corpus
# the last one left, until -n or -t is reached: the sanitizer allocator keeps
# the memory a process freed, which over millions of inputs of varied sizes
# (RE2 compiling patterns) passes the RSS limit with a few MB live
# (fuzz/README.md). Build first:
#   cmake -S . -B build-fuzz -G Ninja -DBILAG_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
#   cmake --build build-fuzz --target fuzz_all
# Each target reads its committed seed corpus (fuzz/corpus/KIND) and keeps
# what it finds in BUILD_DIR/fuzz-work/TARGET, so a later run goes on from
# there; crashes, leaks and timeouts land in BUILD_DIR/fuzz-findings/TARGET.
# Each process appends "time ran=N total=T status=S" to
# BUILD_DIR/fuzz-work/TARGET.chunks, which keeps what a run stopped by hand
# had done (the log holds only the last process).
# Exits non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
runs=-1
chunk=0
build=build-fuzz
while getopts "t:n:c:b:" option; do
  case $option in
    t) seconds=$OPTARG ;;
    n) runs=$OPTARG ;;
    c) chunk=$OPTARG ;;
    b) build=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))

# target: corpus and dictionary kind, -max_len. Inputs stay
# small: libFuzzer mutates them faster, and size is what the linear-time
# benchmarks (bench/) are for.
declare -A kind=([text_ingest]=text [normalise]=text [explain]=text [values]=values
                 [rule_loader]=rules [pattern]=pattern [pdf_layout]=pdf [image]=image
                 [scan_render]=scan)
declare -A max_len=([text_ingest]=8192 [normalise]=8192 [explain]=8192 [values]=512
                    [rule_loader]=8192 [pattern]=1024 [pdf_layout]=32768 [image]=32768
                    [scan_render]=32768)
# libFuzzer's -timeout counts wall-clock time: on a shared machine a run under
# nice gets a fraction of a core, so these are far above what an input costs
# (fuzz/README.md: the slowest inputs take about a second of CPU). So does
# its report of slow units (default 10 s), which it also writes as an
# artifact: under nice beside a build, an input of 0.2 s of CPU took 20 s
# of wall-clock time; only a timeout is a finding (-report_slow_units).
declare -A timeout=([text_ingest]=30 [normalise]=60 [explain]=60 [values]=30
                    [rule_loader]=30 [pattern]=30 [pdf_layout]=60 [image]=60
                    [scan_render]=60)
all=(values text_ingest normalise pattern rule_loader explain pdf_layout image scan_render)
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("${all[@]}")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/.ci/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Tesseract is never run here, but OpenMP in its libraries would spin threads.
export OMP_THREAD_LIMIT=1

# CPU seconds (user + system) of this shell's finished children, from the
# output of `times` (a builtin: run in this shell, not in a subshell, whose
# children would be none).
cpu_seconds() {
  awk 'NR == 2 { split($1 " " $2, t, /[ms ]+/); printf "%.1f", t[1] * 60 + t[2] + t[3] * 60 + t[4] }' "$1"
}

failed=0
# exec/s is wall-clock time, which on a shared machine under nice is a small
# share of a core; exec/cpu-s is what one core of its own would give.
printf '%-12s %12s %9s %8s %8s %10s %8s  %s\n' target executions exec/s seconds cpu-s exec/cpu-s \
  corpus findings
for target in "${targets[@]}"; do
  k=${kind[$target]:?unknown target $target}
  work="$build/fuzz-work/$target"
  findings="$build/fuzz-findings/$target"
  log="$build/fuzz-work/$target.log"
  mkdir -p "$work" "$findings"
  cat fuzz/dict/danish.dict "fuzz/dict/$k.dict" > "$build/fuzz-work/$target.dict"
  status=0
  executions=0
  elapsed=0
  started=$SECONDS
  times > "$work.times-before"
  while :; do
    this_runs=$runs
    if [ "$chunk" -gt 0 ] && { [ "$runs" -lt 0 ] || [ $((runs - executions)) -gt "$chunk" ]; }; then
      this_runs=$chunk
    elif [ "$runs" -ge 0 ]; then
      this_runs=$((runs - executions))
    fi
    "$build/fuzz_$target" "$work" "fuzz/corpus/$k" -dict="$build/fuzz-work/$target.dict" \
      -max_len="${max_len[$target]}" -timeout="${timeout[$target]}" \
      -report_slow_units="${timeout[$target]}" -rss_limit_mb=2560 \
      -max_total_time="$((seconds - elapsed))" -runs="$this_runs" -print_final_stats=1 \
      -artifact_prefix="$findings/" > "$log" 2>&1 || status=$?
    ran=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    executions=$((executions + ${ran:-0}))
    # Each process overwrites the log: a run stopped by hand keeps what its
    # finished processes ran only here (fuzz/README.md, "Long runs").
    echo "$(date -u +%FT%TZ) ran=${ran:-0} total=$executions status=$status" >> "$work.chunks"
    elapsed=$((SECONDS - started))
    # One process unless chunked; a chunked target stops at a finding, at
    # -n executions or -t seconds, or when a process ran nothing.
    [ "$chunk" -gt 0 ] && [ "$status" -eq 0 ] && [ "$(ls "$findings" | wc -l)" -eq 0 ] &&
      [ "${ran:-0}" -gt 0 ] && { [ "$runs" -lt 0 ] || [ "$executions" -lt "$runs" ]; } &&
      [ "$elapsed" -lt "$seconds" ] || break
  done
  times > "$work.times-after"
  cpu=$(awk -v a="$(cpu_seconds "$work.times-after")" -v b="$(cpu_seconds "$work.times-before")" \
    'BEGIN { printf "%.1f", a - b }')
  corpus=$(ls "$work" | wc -l)
  found=$(ls "$findings" | wc -l)
  rate=$([ "${elapsed:-0}" -gt 0 ] && echo $((${executions:-0} / elapsed)) || echo -)
  cpu_rate=$(awk -v n="${executions:-0}" -v c="$cpu" 'BEGIN { print (c > 0 ? int(n / c) : "-") }')
  printf '%-12s %12s %9s %8s %8s %10s %8s  %s\n' "$target" "${executions:-?}" "$rate" \
    "${elapsed:-?}" "$cpu" "$cpu_rate" "$corpus" "$found"
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=1
    grep -m 5 -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" || tail -20 "$log"
  fi
done
exit "$failed"
