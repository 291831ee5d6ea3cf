#include "core/parse_arena.hpp"

#include <tree_sitter/api.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace a2g {

#ifndef __EMSCRIPTEN__
namespace {

// Each block: a header with its size, then the caller's bytes (16-aligned, as malloc's).
constexpr size_t header = 16;

struct Arena {
  char* base = nullptr;  // `capacity` bytes, taken from malloc on the thread's first use
  size_t used = 0;
  size_t last = 0;       // the offset of the last block's header (for growing it in place)
  bool active = false;
  bool overflowed = false;  // (since it became active: a block came from malloc)
  uint64_t lifetime = 0;    // counts the activations
  ~Arena() { std::free(base); }
  bool holds(const void* p) const {
    return base != nullptr && static_cast<const char*>(p) >= base && static_cast<const char*>(p) < base + ParseArena::capacity;
  }
};
thread_local Arena arena;

size_t rounded(size_t n) { return (n + 15) & ~size_t{15}; }

size_t block_size(const void* p) {
  size_t n = 0;
  std::memcpy(&n, static_cast<const char*>(p) - header, sizeof n);
  return n;
}

void* bump(size_t n) {
  size_t need = header + rounded(n == 0 ? 1 : n);
  if (ParseArena::capacity - arena.used < need) {
    arena.overflowed = true;
    return nullptr;
  }
  char* at = arena.base + arena.used;
  std::memcpy(at, &n, sizeof n);
  arena.last = arena.used;
  arena.used += need;
  return at + header;
}

void* arena_malloc(size_t n) {
  if (arena.active) {
    if (void* p = bump(n)) return p;
  }
  return std::malloc(n);
}

void* arena_calloc(size_t count, size_t n) {
  if (arena.active && (n == 0 || count <= SIZE_MAX / n)) {
    if (void* p = bump(count * n)) {
      std::memset(p, 0, count * n);
      return p;
    }
  }
  arena.overflowed |= arena.active;
  return std::calloc(count, n);
}

void arena_free(void* p) {
  if (p == nullptr) return;
  if (!arena.holds(p)) {
    std::free(p);
    return;
  }
  // (the last block's bytes can be taken again; the others wait for the reset)
  if (static_cast<char*>(p) - header == arena.base + arena.last) arena.used = arena.last;
}

void* arena_realloc(void* p, size_t n) {
  if (p == nullptr) return arena_malloc(n);
  if (!arena.holds(p)) return std::realloc(p, n);
  size_t old = block_size(p);
  char* block = static_cast<char*>(p) - header;
  // The last block grows or shrinks in place (tree-sitter's arrays grow by realloc).
  if (block == arena.base + arena.last && arena.last + header + rounded(n == 0 ? 1 : n) <= ParseArena::capacity) {
    std::memcpy(block, &n, sizeof n);
    arena.used = arena.last + header + rounded(n == 0 ? 1 : n);
    return p;
  }
  void* moved = arena_malloc(n);
  if (moved == nullptr) return nullptr;
  std::memcpy(moved, p, old < n ? old : n);
  return moved;
}

}  // namespace

ParseArena::ParseArena(size_t input_size) {
  static std::once_flag installed;
  if (input_size > largest_input || arena.active) return;
  std::call_once(installed, [] { ts_set_allocator(arena_malloc, arena_calloc, arena_realloc, arena_free); });
  if (arena.base == nullptr) {
    arena.base = static_cast<char*>(std::malloc(capacity));
    if (arena.base == nullptr) return;
  }
  arena.used = 0;
  arena.last = 0;
  arena.overflowed = false;
  ++arena.lifetime;
  arena.active = active_ = true;
}

ParseArena::~ParseArena() {
  if (!active_) return;
  arena.active = false;
  arena.used = 0;
  arena.last = 0;
}
uint64_t arena_lifetime() { return arena.active ? arena.lifetime : 0; }

bool arena_reclaims(uint64_t lifetime) {
  return lifetime != 0 && arena.active && arena.lifetime == lifetime && !arena.overflowed;
}
#else
ParseArena::ParseArena(size_t) {}
ParseArena::~ParseArena() {}
uint64_t arena_lifetime() { return 0; }
bool arena_reclaims(uint64_t) { return false; }
#endif

}  // namespace a2g
