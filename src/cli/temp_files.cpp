// Temporary files are created and forgotten under one lock; the signal thread takes that lock and
// keeps it while it removes them and ends the process, so no file is created after its sweep.
// (A signal handler could not take a lock; a thread waiting in sigwait can.)
#include "cli/temp_files.hpp"

#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <mutex>
#include <set>
#include <thread>

namespace a2g {
namespace {

std::mutex registry_lock;
std::set<std::string>& registry() {
  static std::set<std::string> paths;
  return paths;
}

[[noreturn]] void remove_and_die(sigset_t signals) {
  int sig = 0;
  while (sigwait(&signals, &sig) != 0) {
  }
  registry_lock.lock();  // held until the end: no temporary file is made after the sweep
  for (const std::string& path : registry()) ::unlink(path.c_str());
  std::signal(sig, SIG_DFL);
  sigset_t just_this;
  sigemptyset(&just_this);
  sigaddset(&just_this, sig);
  pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
  std::raise(sig);
  std::_Exit(128 + sig);  // (not reached: the default action of these signals ends the process)
}

}  // namespace

void remove_temp_files_on_signals() {
#ifdef __EMSCRIPTEN__
  return;  // the WebAssembly build has no threads: node's default handling ends the process
#endif
  sigset_t signals;
  sigemptyset(&signals);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    if (sigaction(sig, nullptr, &current) == 0 && current.sa_handler != SIG_IGN) sigaddset(&signals, sig);
  }
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread(remove_and_die, signals).detach();
}

int create_temp_file(std::string& templ) {
  std::lock_guard<std::mutex> hold(registry_lock);
  int fd = mkstemp(templ.data());
  if (fd >= 0) registry().insert(templ);
  return fd;
}

bool create_temp_symlink(const std::string& target, const std::string& path) {
  std::lock_guard<std::mutex> hold(registry_lock);
  if (::symlink(target.c_str(), path.c_str()) != 0) return false;
  registry().insert(path);
  return true;
}

void forget_temp_file(const std::string& path) {
  std::lock_guard<std::mutex> hold(registry_lock);
  registry().erase(path);
}

}  // namespace a2g
