# `cmake --install`: the command-line tool, the public header, one static library holding the
# core and the tree-sitter parser (libasync2gen.a, merged with `ar`), and a CMake package:
# find_package(async2gen) gives the imported target async2gen::async2gen. CPack: .deb and .tar.gz.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# One archive for consumers: the core and the two tree-sitter libraries (ar's MRI script).
set(a2g_archive "${CMAKE_BINARY_DIR}/libasync2gen.a")
set(a2g_mri "${CMAKE_BINARY_DIR}/libasync2gen.mri")
file(GENERATE OUTPUT "${a2g_mri}" CONTENT
"CREATE ${a2g_archive}
ADDLIB $<TARGET_FILE:a2g_core>
ADDLIB $<TARGET_FILE:a2g_tree_sitter>
ADDLIB $<TARGET_FILE:a2g_tree_sitter_javascript>
SAVE
END
")
add_custom_command(OUTPUT "${a2g_archive}"
  COMMAND "${CMAKE_COMMAND}" -E rm -f "${a2g_archive}"
  COMMAND "${CMAKE_AR}" -M < "${a2g_mri}"
  DEPENDS a2g_core a2g_tree_sitter a2g_tree_sitter_javascript "${a2g_mri}"
  COMMENT "Merging libasync2gen.a" VERBATIM)
add_custom_target(a2g_archive ALL DEPENDS "${a2g_archive}")

# A build with sanitizers gives an instrumented library: its consumers link the runtimes too.
set(A2G_INSTALL_LINK_OPTIONS "")
if(A2G_SANITIZE)
  set(A2G_INSTALL_LINK_OPTIONS "-fsanitize=address,undefined")
endif()

install(TARGETS async2gen RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/src/include/async2gen/async2gen.hpp"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/async2gen")
install(FILES "${a2g_archive}" DESTINATION "${CMAKE_INSTALL_LIBDIR}")
set(a2g_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/async2gen")
configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/async2genConfig.cmake.in"
  "${CMAKE_BINARY_DIR}/async2genConfig.cmake" INSTALL_DESTINATION "${a2g_cmake_dir}")
write_basic_package_version_file("${CMAKE_BINARY_DIR}/async2genConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_BINARY_DIR}/async2genConfig.cmake" "${CMAKE_BINARY_DIR}/async2genConfigVersion.cmake"
  DESTINATION "${a2g_cmake_dir}")

set(CPACK_PACKAGE_NAME async2gen)
set(CPACK_PACKAGE_VENDOR "async2gen")
set(CPACK_PACKAGE_CONTACT "async2gen maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Rewrites JavaScript async functions and await into generators")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_PACKAGE_FILE_NAME "async2gen-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libstdc++6")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
include(CPack)
