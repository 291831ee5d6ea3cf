# ASan + UBSan for our own targets (tree-sitter stays uninstrumented).
add_library(a2g_sanitizers INTERFACE)
if(A2G_SANITIZE)
  target_compile_options(a2g_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(a2g_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
