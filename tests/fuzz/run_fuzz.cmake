# Runs a2g_fuzz from the fixture inputs (ctest's `fuzz` test: a fixed seed and number of runs, so
# the same build finds the same things; tests/fuzz/README.md has the long run, random and timed).
# cmake -D FUZZER=<a2g_fuzz> -D FIXTURES=<fixtures/> -D WORK=<folder> -D SECONDS=N
#   [-D RUNS=N] [-D SEED=N] [-D JOBS=N] -P run_fuzz.cmake
# WORK gets corpus/ (the inputs the fuzzer found, reused by the next run), seeds.txt and crash-* /
# timeout-* / oom-* files for what it finds. A finding fails the run and says how to minimize it.
if(NOT FUZZER)
  message("fuzz: skipped: clang++ was not found when the build was configured, so a2g_fuzz was not built "
          "(apt-get install clang libclang-rt-dev, as cmake/install-deps.sh does, then reconfigure)")
  return()
endif()
if(NOT EXISTS "${FUZZER}")
  message(FATAL_ERROR "fuzz: ${FUZZER} is missing: build first")
endif()
if(NOT JOBS)
  set(JOBS 1)
endif()
get_filename_component(here "${CMAKE_CURRENT_LIST_FILE}" DIRECTORY)
if(SEED)
  file(REMOVE_RECURSE "${WORK}/corpus")  # (a fixed seed starts from the seeds alone, as on a fresh machine)
endif()
file(MAKE_DIRECTORY "${WORK}/corpus")
file(GLOB seeds "${FIXTURES}/*/*/input.js")
list(SORT seeds)
list(JOIN seeds "," seed_list)
file(WRITE "${WORK}/seeds.txt" "${seed_list}")
list(LENGTH seeds seed_count)
set(plan "${SECONDS} s")
if(RUNS)
  set(plan "${RUNS} runs (the ${seed_count} seeds among them) from seed ${SEED}, at most ${SECONDS} s")
endif()
message("fuzz: ${plan}, ${seed_count} fixture inputs as seeds, corpus ${WORK}/corpus")
set(args -dict=${here}/async.dict -seed_inputs=@${WORK}/seeds.txt -max_len=4096 -timeout=120 -rss_limit_mb=2560
    -max_total_time=${SECONDS} -report_slow_units=60 -print_final_stats=1 -artifact_prefix=${WORK}/)
if(RUNS)
  list(APPEND args -runs=${RUNS})
endif()
if(SEED)
  list(APPEND args -seed=${SEED})
endif()
if(JOBS GREATER 1)
  list(APPEND args -fork=${JOBS} -ignore_crashes=0)
endif()
execute_process(COMMAND "${FUZZER}" ${args} "${WORK}/corpus" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(GLOB found "${WORK}/crash-*" "${WORK}/timeout-*" "${WORK}/oom-*" "${WORK}/leak-*")
  message(FATAL_ERROR "fuzz: a2g_fuzz found a failing input (exit ${rc}): ${found}\n"
          "Reproduce: ${FUZZER} <file>; minimize: ${FUZZER} -minimize_crash=1 -runs=10000 <file>; then make it a "
          "fixture (tests/fuzz/README.md).")
endif()
