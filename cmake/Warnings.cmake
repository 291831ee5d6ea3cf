# Warnings for our own code, as an INTERFACE target applied PRIVATE.
add_library(a2g_warnings INTERFACE)
target_compile_options(a2g_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  # GCC 12 reports false -Wrestrict positives inside std::string concatenation at -O2.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(A2G_WERROR)
  target_compile_options(a2g_warnings INTERFACE -Werror)
endif()
