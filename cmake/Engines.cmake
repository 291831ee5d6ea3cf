# The JavaScript engines of the `engines` test (tests/engines): real engines without async syntax, on
# which the output must run as it does in node.
# - Rhino 1.7.14 from Debian's `rhino` package (with a Java runtime), installed by cmake/install-deps.sh.
# - Hermes 0.12 from the npm tarball hermes-engine-cli, pinned by version and SHA-512 like tree-sitter
#   (a2g_npm_package, cmake/Dependencies.cmake); its linux64-bin/hermes and hermesc are used.
# Sets A2G_RHINO and A2G_HERMES / A2G_HERMESC.

find_program(A2G_RHINO rhino)
if(NOT A2G_RHINO)
  message(FATAL_ERROR "rhino not found: run `bash cmake/install-deps.sh` (installs Debian's rhino)")
endif()

set(A2G_HERMES_VERSION 0.12.0)
set(A2G_HERMES_SHA512 ef66b9cafc120b6a96b7127cd2795ca0209f353929608f155407ceae8e052fd3b5d3934cf15a62833fc0e4dab5ac408a74feccd4df351c78982fa8d4e4dd6063)
a2g_npm_package(hermes-engine-cli ${A2G_HERMES_VERSION} ${A2G_HERMES_SHA512} a2g_hermes_dir)
set(A2G_HERMES "${a2g_hermes_dir}/linux64-bin/hermes")
set(A2G_HERMESC "${a2g_hermes_dir}/linux64-bin/hermesc")
# The tarball's modes are kept by the extraction; set them anyway, the test runs these files.
file(CHMOD "${A2G_HERMES}" "${A2G_HERMESC}"
  PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
