// Reading inputs and writing outputs: bytes only, outputs atomically (temp file + rename).
#pragma once
#include <string>
#include <string_view>

namespace a2g {

// Reads a whole file ("-": standard input) as bytes. Returns false and sets `error` on failure.
bool read_input(const std::string& path, std::string& content, std::string& error);

// Writes `content` to `path` through a temporary file in the same folder renamed into place,
// so readers never see a partial file (removed if a signal ends the process: temp_files.hpp).
// `mode`: the permission bits to give it (those of the input, so an executable script stays
// one), else 0666; the umask applies. An existing `path` that is not a regular file (/dev/null,
// a FIFO, a terminal through /dev/stdout) is written into instead, never replaced. A symbolic
// link to a regular file is replaced with `follow_links` false (batch mode: the output folder's
// links are its own), else kept, and the file it leads to replaced (-o).
// Returns false and sets `error` on failure.
bool write_atomically(const std::string& path, std::string_view content, std::string& error, int mode = -1,
                      bool follow_links = false);

// The permission bits of a file, or -1.
int file_mode(const std::string& path);

// Makes `path` a symbolic link to `target` (as written), replacing what is there atomically.
bool write_symlink_atomically(const std::string& path, const std::string& target, std::string& error);

// Whether standard error is a terminal (in the WebAssembly build, as node sees it).
bool stderr_is_terminal();

// True if both paths name the same existing file.
bool same_file(const std::string& a, const std::string& b);

}  // namespace a2g
