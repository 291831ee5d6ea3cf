# Embeds a text file as a C++ string constant, regenerated when the file changes.
# Usage (configure time): a2g_embed_text(INPUT OUTPUT_CPP SYMBOL)
# Script mode: cmake -DINPUT=.. -DOUTPUT=.. -DSYMBOL=.. -P EmbedText.cmake
function(a2g_embed_text input output symbol)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol} -P "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
    DEPENDS "${input}" "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
    COMMENT "Embedding ${input}")
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED INPUT)
  file(READ "${INPUT}" content HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
  file(WRITE "${OUTPUT}.tmp"
    "// Generated from ${INPUT} by cmake/EmbedText.cmake. Do not edit.\n"
    "#include <string_view>\nnamespace a2g {\n"
    "static const char ${SYMBOL}_bytes[] = {${bytes} 0};\n"
    "extern const std::string_view ${SYMBOL}{${SYMBOL}_bytes, sizeof(${SYMBOL}_bytes) - 1};\n"
    "}\n")
  file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
endif()
