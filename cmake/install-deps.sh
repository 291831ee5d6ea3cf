#!/usr/bin/env bash
# Installs what async2gen needs to build and test on Debian 12 when it is missing:
# a C/C++ toolchain, CMake, Ninja, patch, CLI11, doctest, Node.js and npm, and Rhino (with a Java runtime) for
# the engines test, clang with libFuzzer's runtime for the fuzz test.
# The tree-sitter sources and Hermes are fetched by CMake itself (npm pack, pinned, SHA-512 checked).
set -euo pipefail
need=()
command -v g++ >/dev/null || need+=(g++)
command -v cmake >/dev/null || need+=(cmake)
command -v ninja >/dev/null || need+=(ninja-build)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v rhino >/dev/null || need+=(rhino)
command -v patch >/dev/null || need+=(patch)
command -v clang++ >/dev/null || need+=(clang)
compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a" >/dev/null || need+=(libclang-rt-dev)
[ -f /usr/share/cmake/CLI11/CLI11Config.cmake ] || need+=(libcli11-dev)
[ -f /usr/lib/cmake/doctest/doctestConfig.cmake ] || need+=(doctest-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: installing ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
