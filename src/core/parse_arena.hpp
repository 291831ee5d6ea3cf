// A per-thread arena for tree-sitter's memory during one small file's work: tree-sitter makes and
// frees many small blocks (subtrees, stack nodes, growing arrays), which malloc's bookkeeping
// makes costly; from the arena each is a pointer bump, and all of it is let go at once.
#pragma once
#include <cstddef>
#include <cstdint>

namespace a2g {

// While one lives (on this thread), tree-sitter allocates from the arena, up to its capacity, then
// from malloc; when it ends, the arena is reset. Every tree, cursor and parser made while it
// lives must be deleted before it ends. Inputs over `largest_input` bytes do not use it (their
// trees outgrow the arena: malloc reuses freed blocks, the arena does not, so memory would grow).
// In the WebAssembly build it does nothing.
class ParseArena {
 public:
  static constexpr size_t largest_input = size_t{256} << 10;
  static constexpr size_t capacity = size_t{24} << 20;  // per thread
  explicit ParseArena(size_t input_size);
  ~ParseArena();
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;

 private:
  bool active_ = false;
};

// The lifetime of this thread's arena now (1, 2, ... for each ParseArena that uses it), or 0 when
// none is in use: a tree made during a lifetime records it.
uint64_t arena_lifetime();
// Whether every block tree-sitter took during `lifetime` came from the arena, which is still in
// use: its end lets go of all of them, so deleting a tree made then would only take time.
bool arena_reclaims(uint64_t lifetime);

}  // namespace a2g
