// The JavaScript the lowerings write, in one place: calls to the runtime's helpers under the file's
// prefix (each one recorded as used, see runtime_abi.hpp).
#pragma once
#include <string>
#include <string_view>

#include "core/runtime_abi.hpp"

namespace a2g {

class Emitter {
 public:
  explicit Emitter(std::string prefix) : prefix_(std::move(prefix)) {}
  // The helper's name in this file (`__async_await`); the file now needs it.
  std::string helper(Helper h) {
    used_.add(h);
    return helper_name(h, prefix_);
  }
  const HelperSet& used() const { return used_; }

 private:
  std::string prefix_;
  HelperSet used_;
};

}  // namespace a2g
