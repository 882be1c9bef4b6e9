#!/usr/bin/env bash
# Configures and builds into build/ (or $BUILD_DIR) with warnings as errors:
# every target, or only $BUILD_TARGET (e.g. BUILD_TARGET=bilag). Extra
# arguments go to CMake's configure step, whose log stays in the build
# folder (build/configure.log) so that the checkout's `git status` is clean.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
mkdir -p "$build"
echo "configuring $build/ (log: $build/configure.log)"
cmake -S . -B "$build" -G Ninja -DBILAG_WERROR=ON "$@" > "$build/configure.log" 2>&1 ||
  { cat "$build/configure.log"; exit 1; }
echo "building ${BUILD_TARGET:-every target} in $build/"
cmake --build "$build" -j "$(nproc)" ${BUILD_TARGET:+--target "$BUILD_TARGET"}
