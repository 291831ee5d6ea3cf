# ASan + UBSan for our own targets (tree-sitter stays uninstrumented).
add_library(a2g_sanitizers INTERFACE)
if(A2G_SANITIZE)
  target_compile_options(a2g_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(a2g_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
# The fuzzer build: coverage for libFuzzer in our code too (the fuzz target links libFuzzer itself).
if(A2G_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "A2G_FUZZ needs clang (libFuzzer): cmake --preset fuzz, or -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(a2g_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()
