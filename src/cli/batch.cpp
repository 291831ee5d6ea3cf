// Batch mode: collect jobs (input -> output path), run them on -j threads (one Transpiler each),
// report in input order so the result is the same whatever -j.
#include "cli/batch.hpp"

#include <fnmatch.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>
#include <vector>

#include "cli/compile_file.hpp"
#include "cli/file_io.hpp"

namespace fs = std::filesystem;

namespace a2g {
namespace {

struct Job {
  std::string input;
  std::string output;
  bool copy_only = false;  // --copy-files: not JavaScript, copied as is
  std::string link_target;  // a symbolic link inside the tree: made again, pointing the same way
};

struct JobResult {
  bool failed = false;    // errors in the input, or I/O
  bool differs = false;   // --check: the output on disk is not what we would write
  std::string messages;   // for stderr, in job order
};

bool ignored(const std::string& relative, const Options& o) {
  for (const std::string& pattern : o.ignore) {
    if (fnmatch(pattern.c_str(), relative.c_str(), 0) == 0) return true;
  }
  return false;
}

bool wanted_extension(const fs::path& p, const Options& o) {
  std::string name = p.filename().string();
  return std::any_of(o.extensions.begin(), o.extensions.end(),
                     [&](const std::string& ext) { return name.size() > ext.size() && name.ends_with(ext); });
}

// Files of a folder input (sorted, so the job order is stable), or the file itself.
// Whether a relative link `target` in `folder` (relative to the input folder) stays inside the
// input folder at every step: `../pkg/cli.js` from `.bin` does, `../src/a.js` from `` does not,
// even though it comes back (made again in the output, it would lead out of the output).
bool stays_inside(const fs::path& folder, const fs::path& target) {
  int depth = 0;
  for (const fs::path& part : folder) {
    if (part != "." && !part.empty()) ++depth;
  }
  for (const fs::path& part : target) {
    if (part == "..") {
      if (--depth < 0) return false;
    } else if (part != "." && !part.empty()) {
      ++depth;
    }
  }
  return true;
}

// `warnings`: the links skipped because they lead nowhere but round in a loop.
bool collect_jobs(const Options& o, std::vector<Job>& jobs, std::string& error, std::string& warnings) {
  fs::path out_dir(o.out_dir);
  for (const std::string& input : o.inputs) {
    std::error_code ec;
    if (fs::is_regular_file(input, ec)) {
      jobs.push_back({input, (out_dir / fs::path(input).filename()).string(), false, ""});
      continue;
    }
    if (!fs::is_directory(input, ec)) {
      bool loop = ec == std::errc::too_many_symbolic_link_levels;
      error = input + (loop ? ": a loop of symbolic links" : ": no such file or folder");
      return false;
    }
    std::vector<fs::path> files, links;
    for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      std::error_code link_ec;
      if (it->is_symlink(link_ec)) {
        links.push_back(it->path());
      } else if (it->is_regular_file()) {
        files.push_back(it->path());
      }
    }
    if (ec) {
      error = input + ": " + ec.message();
      return false;
    }
    // Symbolic links (npm's node_modules/.bin) that point inside the tree, by a relative path, are
    // made again in the output, so they point at the output; others stand for what they point at.
    std::sort(links.begin(), links.end());
    fs::path root = fs::weakly_canonical(input, ec);
    std::vector<std::pair<fs::path, std::string>> kept_links;
    for (const fs::path& link : links) {
      std::error_code link_ec;
      static_cast<void>(fs::status(link, link_ec));  // (only its error matters here)
      if (link_ec == std::errc::too_many_symbolic_link_levels) {
        warnings += "async2gen: warning: " + link.string() + ": a loop of symbolic links, skipped\n";
        continue;
      }
      fs::path target = fs::read_symlink(link, link_ec);
      fs::path folder = link.parent_path().lexically_relative(input);
      if (!link_ec && target.is_relative() && stays_inside(folder, target) && fs::exists(link, link_ec)) {
        kept_links.emplace_back(link, target.string());
      } else if (fs::is_regular_file(link, link_ec)) {
        files.push_back(link);
      }
    }
    std::sort(files.begin(), files.end());
    // Never read our own output when it lies inside the input folder (`-d src/out src`).
    std::string out_inside = fs::weakly_canonical(out_dir, ec).lexically_relative(root).generic_string();
    bool skip_out = !out_inside.empty() && out_inside != "." && !out_inside.starts_with("..");
    auto skipped = [&](const std::string& relative) {
      return (skip_out && (relative == out_inside || relative.starts_with(out_inside + "/"))) || ignored(relative, o);
    };
    for (const fs::path& file : files) {
      std::string relative = file.lexically_relative(input).generic_string();
      if (skipped(relative)) continue;
      bool js = wanted_extension(file, o);
      if (!js && !o.copy_files) continue;
      jobs.push_back({file.string(), (out_dir / relative).string(), !js, ""});
    }
    for (const auto& [link, target] : kept_links) {
      std::string relative = link.lexically_relative(input).generic_string();
      if (skipped(relative) || (!wanted_extension(link, o) && !o.copy_files)) continue;
      jobs.push_back({link.string(), (out_dir / relative).string(), false, target});
    }
  }
  return true;
}

// The folder an output goes in, made once per thread: most outputs share their folder with the
// one before, and fs::create_directories looks at every folder of the path each time.
void make_folder_of(const std::string& output) {
  thread_local std::string made;
  size_t slash = output.find_last_of('/');
  std::string_view folder = slash == std::string::npos ? std::string_view() : std::string_view(output).substr(0, slash);
  if (folder.empty() || folder == made) return;
  std::error_code ec;
  fs::create_directories(fs::path(folder), ec);
  if (!ec) made.assign(folder);
}

bool same_content(const std::string& path, const std::string& content) {
  std::string existing, error;
  return read_input(path, existing, error) && existing == content;
}

JobResult run_job(async2gen::Transpiler& transpiler, const Job& job, const Options& o) {
  JobResult r;
  std::string source, error;
  if (!job.link_target.empty()) {
    std::error_code ec;
    if (o.check) {
      r.differs = fs::read_symlink(job.output, ec).string() != job.link_target;
      if (r.differs && !o.quiet) r.messages = "async2gen: would change " + job.output + "\n";
      return r;
    }
    fs::create_directories(fs::path(job.output).parent_path(), ec);
    if (!write_symlink_atomically(job.output, job.link_target, error)) {
      r.failed = true;
      r.messages = "async2gen: error: " + error + "\n";
    } else if (o.verbose) {
      r.messages = job.input + " -> " + job.output + " (link)\n";
    }
    return r;
  }
  if (!read_input(job.input, source, error)) {
    r.failed = true;
    r.messages = "async2gen: error: " + error + "\n";
    return r;
  }
  if (!o.allow_overwrite && same_file(job.input, job.output)) {
    r.failed = true;
    r.messages = "async2gen: error: refusing to write over the input " + job.input + " (--allow-overwrite)\n";
    return r;
  }
  Compiled c;
  if (job.copy_only) {
    c.ok = true;
    c.code = source;
  } else {
    c = compile_source(transpiler, source, job.input, job.input, job.output, o);
  }
  if (!c.ok) {
    r.failed = true;
    r.messages = c.diagnostics;
    return r;
  }
  if (o.check) {
    r.differs = !same_content(job.output, c.code) || (!c.map.empty() && !same_content(c.map_path, c.map));
    if (r.differs && !o.quiet) r.messages = "async2gen: would change " + job.output + "\n";
    return r;
  }
  make_folder_of(job.output);
  if (!write_atomically(job.output, c.code, error, file_mode(job.input)) ||
      (!c.map.empty() && !write_atomically(c.map_path, c.map, error))) {
    r.failed = true;
    r.messages = "async2gen: error: " + error + "\n";
    return r;
  }
  if (o.verbose) r.messages = job.input + " -> " + job.output + "\n";
  return r;
}

// --helpers=file: the runtime as an ES module and as a CommonJS module, at the top of the output.
struct RuntimeFile {
  std::string path;
  std::string content;
};
std::vector<RuntimeFile> helper_files(const Options& o) {
  fs::path base = fs::path(o.out_dir) / o.helpers_file_name;
  return {{base.string() + ".mjs", runtime_module(HelperModuleKind::esm)},
          {base.string() + ".cjs", runtime_module(HelperModuleKind::cjs)}};
}

bool same_path(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal();
}

// The paths a job writes: its output, and its map with external source maps.
std::vector<std::string> written_paths(const Job& j, const Options& o) {
  bool map = !j.copy_only && j.link_target.empty() &&
             (o.source_maps == SourceMaps::external || o.source_maps == SourceMaps::both);
  if (map) return {j.output, j.output + ".map"};
  return {j.output};
}

// Whether two jobs read the same input: the same path, or the same file under two names.
bool same_input(const Job& a, const Job& b) {
  if (a.copy_only != b.copy_only || a.link_target != b.link_target) return false;
  std::error_code ec;
  if (fs::absolute(a.input, ec).lexically_normal() == fs::absolute(b.input, ec).lexically_normal()) return true;
  return a.link_target.empty() && same_file(a.input, b.input);
}

// Two jobs that write one path: the same input named twice (`-d out src src/a.js`) is done once;
// two inputs are an error naming both (`-d out x y` with x/a.js and y/a.js), reported before
// anything is written. Paths compare after making them absolute and normal (not through links).
bool drop_duplicates(std::vector<Job>& jobs, const Options& o) {
  std::map<std::string, size_t> writer;  // path -> the job that writes it
  std::vector<Job> unique;
  bool collided = false;
  for (Job& j : jobs) {
    std::vector<std::string> paths = written_paths(j, o);
    bool duplicate = false;
    for (const std::string& path : paths) {
      std::error_code ec;
      std::string key = fs::absolute(path, ec).lexically_normal().string();
      auto [it, fresh] = writer.emplace(key, unique.size());
      if (fresh) continue;
      const Job& first = unique[it->second];
      if (path == paths.front() && first.output == path && same_input(first, j)) {
        duplicate = true;
        break;
      }
      std::cerr << "async2gen: error: " << first.input << " and " << j.input << " would both be written to " << path
                << '\n';
      collided = true;
      break;
    }
    if (!duplicate) unique.push_back(std::move(j));
  }
  jobs = std::move(unique);
  return !collided;
}

}  // namespace

int run_batch(const Options& o) {
  std::vector<Job> jobs;
  std::string error;
  if (o.inputs.empty()) {
    std::cerr << "async2gen: error: -d needs at least one input file or folder\n";
    return exit_usage_or_io;
  }
  std::string warnings;
  bool collected = collect_jobs(o, jobs, error, warnings);
  std::cerr << warnings;
  if (!collected) {
    std::cerr << "async2gen: error: " << error << '\n';
    return exit_usage_or_io;
  }
  if (!drop_duplicates(jobs, o)) return exit_usage_or_io;
  std::vector<RuntimeFile> runtime_files;
  if (o.helpers_file) {
    runtime_files = helper_files(o);
    for (const Job& j : jobs) {
      for (const RuntimeFile& f : runtime_files) {
        if (same_path(j.output, f.path)) {
          std::cerr << "async2gen: error: " << j.input << " would be written over the runtime file " << f.path
                    << " (--helpers-file names another)\n";
          return exit_usage_or_io;
        }
      }
    }
  }
  std::vector<JobResult> results(jobs.size());
  std::atomic<size_t> next{0}, done{0};
  unsigned threads = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(jobs.size(), 1)));
  auto worker = [&] {
    async2gen::Transpiler transpiler;
    for (size_t i; (i = next++) < jobs.size();) {
      results[i] = run_job(transpiler, jobs[i], o);
      ++done;
    }
  };
#ifdef __EMSCRIPTEN__
  threads = 1;  // the WebAssembly build has no threads (-j is ignored)
#endif
  if (threads == 1) {
    worker();
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; threads > 1 && t < threads; ++t) pool.emplace_back(worker);
  bool progress = !o.quiet && stderr_is_terminal() && jobs.size() >= 50;
  while (progress && done < jobs.size()) {
    std::cerr << "\r[" << done << "/" << jobs.size() << "]" << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (auto& t : pool) t.join();
  if (progress) std::cerr << "\r\x1b[K";

  size_t failed = 0, differs = 0;
  bool io_error = false;
  for (const RuntimeFile& f : runtime_files) {
    if (o.check) {
      if (!same_content(f.path, f.content)) {
        ++differs;
        if (!o.quiet) std::cerr << "async2gen: would change " << f.path << '\n';
      }
      continue;
    }
    std::error_code ec;
    fs::create_directories(fs::path(f.path).parent_path(), ec);
    if (!write_atomically(f.path, f.content, error)) {
      std::cerr << "async2gen: error: " << error << '\n';
      ++failed;
      io_error = true;
    } else if (o.verbose) {
      std::cerr << "(runtime) -> " << f.path << '\n';
    }
  }
  for (const JobResult& r : results) {
    std::cerr << r.messages;
    failed += r.failed;
    differs += r.differs;
    io_error |= r.failed && r.messages.starts_with("async2gen: error:");
  }
  if (!o.quiet && (failed || o.check)) {
    std::cerr << "async2gen: " << jobs.size() << " files, " << failed << " failed";
    if (o.check) std::cerr << ", " << differs << " would change";
    std::cerr << '\n';
  }
  if (failed) return io_error ? exit_usage_or_io : exit_input_errors;
  return differs ? exit_input_errors : exit_ok;
}

}  // namespace a2g
