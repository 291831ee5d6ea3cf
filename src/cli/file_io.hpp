// Reading inputs and writing outputs: bytes only, outputs atomically (temp file + rename).
#pragma once
#include <string>
#include <string_view>

namespace a2g {

// Reads a whole file ("-": standard input) as bytes. Returns false and sets `error` on failure.
bool read_input(const std::string& path, std::string& content, std::string& error);

// Writes `content` to `path` through a temporary file in the same folder renamed into place,
// so readers never see a partial file. Returns false and sets `error` on failure.
// Writes through a temporary file renamed over `path`. `mode`: the permission bits to give it
// (those of the input, so an executable script stays one), else 0666; the umask applies.
bool write_atomically(const std::string& path, std::string_view content, std::string& error, int mode = -1);

// The permission bits of a file, or -1.
int file_mode(const std::string& path);

// Makes `path` a symbolic link to `target` (as written), replacing what is there atomically.
bool write_symlink_atomically(const std::string& path, const std::string& target, std::string& error);

// True if both paths name the same existing file.
bool same_file(const std::string& a, const std::string& b);

}  // namespace a2g
