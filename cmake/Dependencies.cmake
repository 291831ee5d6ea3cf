# Third-party dependencies.
# CLI11 and doctest come from Debian packages (libcli11-dev, doctest-dev).
# The tree-sitter core and the JavaScript grammar come from npm tarballs at pinned
# versions: fetched with `npm pack NAME@VERSION`, checked against a pinned SHA-512,
# unpacked and built as static libraries with their own flags (never ours).
# Tarballs are cached in ${A2G_DEPS_DIR} (default: <build>/_deps) and reused.

find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
  message(FATAL_ERROR "CLI11 not found: run `bash cmake/install-deps.sh` (installs Debian's libcli11-dev)")
endif()
if(A2G_BUILD_TESTS)
  find_package(doctest CONFIG QUIET)
  if(NOT doctest_FOUND)
    message(FATAL_ERROR "doctest not found: run `bash cmake/install-deps.sh` (installs Debian's doctest-dev)")
  endif()
endif()

set(A2G_DEPS_DIR "${CMAKE_BINARY_DIR}/_deps" CACHE PATH "Where npm tarballs are cached and unpacked")

# The grammar: 0.23.1 (ABI 14), not 0.25.0. 0.25.0 parses `await (0, f)(x)` and
# `async () => await (x)` as calls of an identifier named `await`; 0.23.1 parses them
# as await expressions but does not know `using` declarations (rare in plain JS today).
set(A2G_TREE_SITTER_VERSION 0.25.0)
set(A2G_TREE_SITTER_SHA512 3c6659cc55badde1256490defdbfd1fcb6ec8c30d825ae541232d9241e7d450b0c5fe7e8d23e787ea04f9f530629abff40d6b4251d3306255a8a46035828f929)
set(A2G_TS_JAVASCRIPT_VERSION 0.23.1)
set(A2G_TS_JAVASCRIPT_SHA512 fdb9e16eb4c3f5fad46074138989cf731c87391230d79ec44416ba76acda2b1bd1ff1dcf0b863377e0f5a5920c4baccd836bf76bc059d282bb8c7aac428f5f58)

# a2g_npm_package(NAME VERSION SHA512 OUT_DIR): unpacked package folder in OUT_DIR.
function(a2g_npm_package name version sha512 out_var)
  set(tarball "${A2G_DEPS_DIR}/${name}-${version}.tgz")
  set(unpacked "${A2G_DEPS_DIR}/${name}-${version}")
  if(EXISTS "${tarball}")
    file(SHA512 "${tarball}" have)
    if(NOT have STREQUAL sha512)
      file(REMOVE "${tarball}")
      file(REMOVE_RECURSE "${unpacked}")
    endif()
  endif()
  if(NOT EXISTS "${tarball}")
    find_program(NPM_EXECUTABLE npm)
    if(NOT NPM_EXECUTABLE)
      message(FATAL_ERROR "npm not found: it is needed once to fetch ${name}@${version} (apt-get install npm)")
    endif()
    file(MAKE_DIRECTORY "${A2G_DEPS_DIR}")
    message(STATUS "Fetching ${name}@${version} with npm pack")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" pack "${name}@${version}" --silent --pack-destination "${A2G_DEPS_DIR}"
      WORKING_DIRECTORY "${A2G_DEPS_DIR}"
      RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT EXISTS "${tarball}")
      message(FATAL_ERROR "npm pack ${name}@${version} failed (${rc}): ${err}")
    endif()
    file(SHA512 "${tarball}" have)
    if(NOT have STREQUAL sha512)
      file(REMOVE "${tarball}")
      message(FATAL_ERROR "${name}@${version}: SHA-512 mismatch\n  expected ${sha512}\n  got      ${have}")
    endif()
  endif()
  if(NOT EXISTS "${unpacked}/package/package.json")
    file(REMOVE_RECURSE "${unpacked}")
    file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION "${unpacked}")
  endif()
  set(${out_var} "${unpacked}/package" PARENT_SCOPE)
endfunction()

a2g_npm_package(tree-sitter ${A2G_TREE_SITTER_VERSION} ${A2G_TREE_SITTER_SHA512} ts_core_dir)
a2g_npm_package(tree-sitter-javascript ${A2G_TS_JAVASCRIPT_VERSION} ${A2G_TS_JAVASCRIPT_SHA512} ts_js_dir)

# Third-party C: its own flags, optimised even in debug builds, no sanitizers, no warnings; -O3 in
# native release builds (tree-sitter's parse is about half of the time: 2% fewer instructions).
# Position-independent (the installed archive may go into a shared library), without the
# interposition of functions that -fPIC assumes: GCC may then inline tree-sitter's functions into
# each other (ts_language_table_entry into the parse loop, the cursor's steps into its moves).
if(EMSCRIPTEN)
  set(a2g_third_party_flags -O2 -w)
else()
  set(a2g_third_party_flags $<IF:$<CONFIG:Release>,-O3,-O2> -w $<$<C_COMPILER_ID:GNU>:-fno-semantic-interposition>)
endif()

# a2g_patched_copy(FROM TO PREFIX PACKAGE_SHA512): TO is a copy of the folder FROM with our patches
# cmake/patches/PREFIX-*.patch applied (each saying why), in name order; the unpacked package stays as
# npm made it. Copied and patched again when the package or a patch changes (the stamp holds their
# hashes).
find_program(PATCH_EXECUTABLE patch)
function(a2g_patched_copy from to prefix package_sha512)
  file(GLOB patches CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/cmake/patches/${prefix}-*.patch")
  list(FILTER patches EXCLUDE REGEX "/${prefix}-javascript-[^/]*$")  # (the grammar's, not the core's)
  list(SORT patches)
  set(stamp_text "${package_sha512}")
  foreach(p IN LISTS patches)
    file(SHA512 "${p}" h)
    string(APPEND stamp_text " ${h}")
  endforeach()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${patches})
  set(had "")
  if(EXISTS "${to}/.stamp")
    file(READ "${to}/.stamp" had)
  endif()
  if(had STREQUAL stamp_text)
    return()
  endif()
  if(patches AND NOT PATCH_EXECUTABLE)
    message(FATAL_ERROR "patch not found: run `bash cmake/install-deps.sh` (installs Debian's patch)")
  endif()
  file(REMOVE_RECURSE "${to}")
  file(COPY "${from}/" DESTINATION "${to}")
  foreach(p IN LISTS patches)
    execute_process(COMMAND "${PATCH_EXECUTABLE}" -p1 --forward --batch --quiet -d "${to}" -i "${p}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${p} does not apply to ${from}: ${out}${err}")
    endif()
  endforeach()
  file(WRITE "${to}/.stamp" "${stamp_text}")
endfunction()

set(ts_lib "${ts_core_dir}/vendor/tree-sitter/lib")
set(ts_src "${CMAKE_BINARY_DIR}/tree-sitter-src")
a2g_patched_copy("${ts_lib}/src" "${ts_src}" tree-sitter ${A2G_TREE_SITTER_SHA512})
set(ts_js_src "${CMAKE_BINARY_DIR}/tree-sitter-javascript-src")
a2g_patched_copy("${ts_js_dir}/src" "${ts_js_src}" tree-sitter-javascript ${A2G_TS_JAVASCRIPT_SHA512})
add_library(a2g_tree_sitter STATIC "${ts_src}/lib.c")
target_include_directories(a2g_tree_sitter SYSTEM PUBLIC "${ts_lib}/include" PRIVATE "${ts_src}")
target_compile_definitions(a2g_tree_sitter PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
# (-fno-strict-aliasing: array.h grows every array through a cast to its own `Array` type, then
# reads the caller's type; with strict aliasing the optimiser may keep the fields read before the
# growth, and does, in error recovery's summaries, once PGO inlines differently.)
target_compile_options(a2g_tree_sitter PRIVATE ${a2g_third_party_flags} $<$<NOT:$<C_COMPILER_ID:MSVC>>:-fno-strict-aliasing>)
set_target_properties(a2g_tree_sitter PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)

add_library(a2g_tree_sitter_javascript STATIC "${ts_js_src}/parser.c" "${ts_js_src}/scanner.c")
target_include_directories(a2g_tree_sitter_javascript PRIVATE "${ts_js_src}")
target_compile_options(a2g_tree_sitter_javascript PRIVATE ${a2g_third_party_flags})
set_target_properties(a2g_tree_sitter_javascript PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)

# Profile-guided optimisation of the two libraries above (cmake/pgo/CMakeLists.txt): on in the
# release preset, with GCC 11 or later (-dumpbase as it reads it since 11) in native builds.
option(A2G_PGO "Build tree-sitter and the grammar with a profile of a training run (GCC)" OFF)
if(A2G_PGO AND NOT EMSCRIPTEN AND NOT CMAKE_CROSSCOMPILING AND CMAKE_C_COMPILER_ID STREQUAL "GNU" AND
   CMAKE_C_COMPILER_VERSION VERSION_GREATER_EQUAL 11)
  add_subdirectory("${PROJECT_SOURCE_DIR}/cmake/pgo" "${CMAKE_BINARY_DIR}/pgo")
elseif(A2G_PGO)
  message(STATUS "A2G_PGO: only with GCC 11 or later in native builds; building without a profile")
endif()
