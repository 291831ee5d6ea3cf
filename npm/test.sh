#!/usr/bin/env bash
# The npm packages' tests (not part of `ctest --preset dev`: they need emscripten and about 10
# minutes of build): builds npm/dist with npm/build.sh (skip with --no-build), installs the
# tarballs into scratch projects under build/npm-test and uses them as a user would
# (tests/npm/package_test.mjs), then builds the example with each bundler (tests/npm/bundlers.mjs),
# then runs the browser entry in headless Chromium (tests/npm/browser_test.mjs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" != "--no-build" ]; then bash "$root/npm/build.sh"; fi
node "$root/tests/npm/package_test.mjs" --dist "$root/npm/dist" --work "$root/build/npm-test" --fixtures "$root/fixtures"
node "$root/tests/npm/bundlers.mjs" --dist "$root/npm/dist" --work "$root/build/npm-bundlers"
node "$root/tests/npm/browser_test.mjs" --work "$root/build/npm-bundlers"
