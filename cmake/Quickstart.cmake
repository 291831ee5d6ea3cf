# Quick start: installs what is missing, builds the release binary, transpiles the seed example
# (fixtures/seed/fetch-user-data/input.js) and runs the result in node.
#   cmake -P cmake/Quickstart.cmake
get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${root}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " shown "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${shown}")
  endif()
endfunction()

run(bash cmake/install-deps.sh)
run("${CMAKE_COMMAND}" --preset release)
run("${CMAKE_COMMAND}" --build --preset release --target async2gen)
set(seed fixtures/seed/fetch-user-data/input.js)
set(out build/release/seed.out.js)
run(build/release/src/async2gen ${seed} -o ${out})
message(STATUS "async2gen ${seed} -o ${out}; node ${out}:")
run(node ${out})
