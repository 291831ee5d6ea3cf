// The temporary files of atomic writes, removed when SIGINT, SIGTERM or SIGHUP ends the process.
#pragma once
#include <string>

namespace a2g {

// Blocks SIGINT, SIGTERM and SIGHUP (those not ignored at start, as under nohup) in the calling
// thread and the threads it starts afterwards, and starts a thread that waits for them: it removes
// the temporary files that exist, then ends the process by the same signal, so a shell reports
// 128 + its number. Call it from main before any other thread starts.
void remove_temp_files_on_signals();

// mkstemp on `templ` (which ends in XXXXXX), registered for removal on a signal. -1 and errno on failure.
int create_temp_file(std::string& templ);

// symlink(target, path), registered like a temporary file. False and errno on failure.
bool create_temp_symlink(const std::string& target, const std::string& path);

// The temporary file at `path` was renamed into place or removed: a signal leaves it alone.
void forget_temp_file(const std::string& path);

}  // namespace a2g
