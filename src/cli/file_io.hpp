// Reading inputs and writing outputs: bytes only, outputs atomically (temp file + rename).
#pragma once
#include <string>
#include <string_view>

namespace a2g {

// Reads a whole file ("-": standard input) as bytes. Returns false and sets `error` on failure.
bool read_input(const std::string& path, std::string& content, std::string& error);

// Writes `content` to `path` through a temporary file in the same folder renamed into place,
// so readers never see a partial file. Returns false and sets `error` on failure.
bool write_atomically(const std::string& path, std::string_view content, std::string& error);

// True if both paths name the same existing file.
bool same_file(const std::string& a, const std::string& b);

}  // namespace a2g
