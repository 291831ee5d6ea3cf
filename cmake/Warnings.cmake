# Warnings for our own code, as an INTERFACE target applied PRIVATE.
add_library(a2g_warnings INTERFACE)
target_compile_options(a2g_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(A2G_WERROR)
  target_compile_options(a2g_warnings INTERFACE -Werror)
endif()
