// Batch mode (-d OUT SRC...): mirror files and folders under OUT, in parallel.
#pragma once
#include "cli/options.hpp"

namespace a2g {

// Returns the process exit code.
int run_batch(const Options& options);

}  // namespace a2g
