# The training step of the profile-guided build (CMakeLists.txt), run as a build command:
#   cmake -DTRAINER=... -DLIST=... -DPROFILE_DIR=... -DSTAMP=... -P run.cmake
# Runs the instrumented trainer once from no counts, so that the profile is the same on every build.
file(GLOB old "${PROFILE_DIR}/*.gcda")
if(old)
  file(REMOVE ${old})
endif()
execute_process(COMMAND "${TRAINER}" "${LIST}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the training run of the profile-guided build failed (${rc}); configure with -DA2G_PGO=OFF to build without it")
endif()
file(GLOB counts "${PROFILE_DIR}/*.gcda")
if(NOT counts)
  message(FATAL_ERROR "the training run of the profile-guided build wrote no profile into ${PROFILE_DIR}")
endif()
file(TOUCH "${STAMP}")
