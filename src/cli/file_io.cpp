// File I/O for the CLI, with POSIX calls where atomicity matters.
#include "cli/file_io.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#endif

#include "cli/temp_files.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace a2g {
namespace {
// The umask, read once before main runs (reading it sets it: from threads, another's file could be
// made with a mask of 0 in between).
const mode_t process_umask = [] {
  mode_t mask = umask(0);
  umask(mask);
  return mask;
}();
}  // namespace

bool read_input(const std::string& path, std::string& content, std::string& error) {
  if (path.empty() || path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    content = buffer.str();
    return true;
  }
  // (open, fstat, read: the fewest system calls, which count in a batch of many small files)
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    error = path + ": is a directory";
    return false;
  }
  // A regular file's size is known (as before, what it holds then is read); pipes and /proc files
  // are read to their end.
  size_t known = S_ISREG(st.st_mode) && st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0;
  content.resize(known > 0 ? known : 65536);
  size_t got = 0;
  for (;;) {
    if (got == content.size()) {
      if (known > 0) break;
      content.resize(content.size() * 2);
    }
    ssize_t n = ::read(fd, content.data() + got, content.size() - got);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      error = path + ": read error";
      return false;
    }
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  content.resize(got);
  return true;
}

namespace {

bool write_all(int fd, std::string_view content) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// Writes into an existing file that is not a regular one (a device, a FIFO, a terminal), as cp
// and compilers do: a rename would replace the device or the pipe by a regular file.
bool write_into(const std::string& path, std::string_view content, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) {
    error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  bool ok = write_all(fd, content);
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok) error = path + ": write error: " + std::strerror(saved);
  return ok;
}

// For the CLI test: a signal to this process while the temporary file exists (A2G_TEST_SIGNAL_BEFORE_RENAME=N),
// then a wait for it to end the process.
void test_signal_before_rename() {
  static const char* signal = std::getenv("A2G_TEST_SIGNAL_BEFORE_RENAME");
  if (!signal) return;
  ::kill(::getpid(), std::atoi(signal));
  for (;;) ::pause();
}

}  // namespace

bool write_atomically(const std::string& path, std::string_view content, std::string& error, int mode,
                      bool follow_links) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    return write_into(path, content, error);
  }
  std::string real_path = path;
  struct stat link;
  if (follow_links && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    // A link to a regular file stays: the file it leads to is replaced.
    if (char* resolved = ::realpath(path.c_str(), nullptr)) {
      real_path = resolved;
      std::free(resolved);
    }
  }
  std::filesystem::path target(real_path);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = create_temp_file(temp);
  if (fd < 0) {
    error = path + ": cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno);
    return false;
  }
  fchmod(fd, static_cast<mode_t>(mode >= 0 ? mode : 0666) & ~process_umask);
  if (!write_all(fd, content)) {
    error = path + ": write error: " + std::strerror(errno);
    ::close(fd);
    ::unlink(temp.c_str());
    forget_temp_file(temp);
    return false;
  }
  test_signal_before_rename();
  bool ok = ::close(fd) == 0 && std::rename(temp.c_str(), real_path.c_str()) == 0;
  if (!ok) {
    error = path + ": cannot write: " + std::strerror(errno);
    ::unlink(temp.c_str());
  }
  forget_temp_file(temp);
  return ok;
}

int file_mode(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return -1;
  return static_cast<int>(st.st_mode & 0777);  // (not setuid/setgid/sticky, as cp)
}

bool write_symlink_atomically(const std::string& path, const std::string& target, std::string& error) {
  std::filesystem::path link(path);
  std::filesystem::path dir = link.has_parent_path() ? link.parent_path() : ".";
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp = (dir / ("." + link.filename().string() + ".link" + std::to_string(::getpid()) + "_" +
                               std::to_string(attempt)))
                           .string();
    if (!create_temp_symlink(target, temp)) {
      if (errno == EEXIST) continue;
      error = path + ": cannot create a symbolic link: " + std::strerror(errno);
      return false;
    }
    bool ok = std::rename(temp.c_str(), path.c_str()) == 0;
    if (!ok) {
      error = path + ": cannot write: " + std::strerror(errno);
      ::unlink(temp.c_str());
    }
    forget_temp_file(temp);
    return ok;
  }
  error = path + ": cannot create a temporary symbolic link";
  return false;
}

bool stderr_is_terminal() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_INT({ return require("tty").isatty(2) ? 1 : 0; }) != 0;
#else
  return isatty(2) != 0;
#endif
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec) && !ec;
}

}  // namespace a2g
