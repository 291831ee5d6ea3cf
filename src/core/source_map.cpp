// Source map generation: one left-to-right pass over the source and the sorted edits.
#include "core/source_map.hpp"

#include <cstdint>

namespace a2g {
namespace {

void append_vlq(std::string& out, int64_t value) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  uint64_t v = value < 0 ? ((static_cast<uint64_t>(-value)) << 1) | 1 : static_cast<uint64_t>(value) << 1;
  do {
    uint64_t digit = v & 31;
    v >>= 5;
    if (v) digit |= 32;
    out += digits[digit];
  } while (v);
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c >= 0x80;
}

// Builds the "mappings" string while text is fed through it.
class MappingWriter {
 public:
  // Feeds generated text that comes from the source at [orig_line, orig_col] onward when
  // `from_source` (each token maps to its own origin), or as a whole from that point otherwise.
  void generated(std::string_view text, bool from_source) {
    bool mapped_inserted = false;
    unsigned char prev = ' ';
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
      bool token_start = !blank && (!is_word_byte(c) || !is_word_byte(prev) || prev == ' ');
      if (from_source ? token_start : (!mapped_inserted && !blank)) {
        segment();
        mapped_inserted = true;
      }
      if (c == '\n') {
        mappings_ += ';';
        ++gen_line_;
        gen_col_ = 0;
        previous_gen_col_ = 0;
        first_in_line_ = true;
      } else if ((c & 0xC0) != 0x80) {
        gen_col_ += c >= 0xF0 ? 2 : 1;
      }
      if (from_source) advance_original(c);
      prev = blank ? ' ' : c;
    }
  }
  // Skips source text that produces no output (the replaced part of an edit).
  void skipped(std::string_view text) {
    for (unsigned char c : text) advance_original(c);
  }
  const std::string& mappings() const { return mappings_; }

 private:
  void advance_original(unsigned char c) {
    if (c == '\n') {
      ++orig_line_;
      orig_col_ = 0;
    } else if ((c & 0xC0) != 0x80) {
      orig_col_ += c >= 0xF0 ? 2 : 1;
    }
  }
  void segment() {
    if (!first_in_line_) mappings_ += ',';
    first_in_line_ = false;
    append_vlq(mappings_, gen_col_ - previous_gen_col_);
    append_vlq(mappings_, 0);  // source index: one source
    append_vlq(mappings_, orig_line_ - previous_orig_line_);
    append_vlq(mappings_, orig_col_ - previous_orig_col_);
    previous_gen_col_ = gen_col_;
    previous_orig_line_ = orig_line_;
    previous_orig_col_ = orig_col_;
  }

  std::string mappings_;
  int64_t gen_line_ = 0, gen_col_ = 0, orig_line_ = 0, orig_col_ = 0;
  int64_t previous_gen_col_ = 0, previous_orig_line_ = 0, previous_orig_col_ = 0;
  bool first_in_line_ = true;
};

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string base64_encode(std::string_view bytes) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t n = (uint32_t(uint8_t(bytes[i])) << 16) | (uint32_t(uint8_t(bytes[i + 1])) << 8) | uint8_t(bytes[i + 2]);
    out += digits[(n >> 18) & 63];
    out += digits[(n >> 12) & 63];
    out += digits[(n >> 6) & 63];
    out += digits[n & 63];
  }
  if (i < bytes.size()) {
    uint32_t n = uint32_t(uint8_t(bytes[i])) << 16;
    if (i + 1 < bytes.size()) n |= uint32_t(uint8_t(bytes[i + 1])) << 8;
    out += digits[(n >> 18) & 63];
    out += digits[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? digits[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string build_source_map(std::string_view source, const EditList& edits, const SourceMapOptions& options) {
  MappingWriter writer;
  uint32_t pos = 0;
  for (const Edit& e : edits.edits()) {
    writer.generated(source.substr(pos, e.offset - pos), true);
    writer.generated(e.text, false);
    writer.skipped(source.substr(e.offset, e.length));
    pos = e.offset + e.length;
  }
  writer.generated(source.substr(pos), true);

  std::string json = "{\"version\":3,\"file\":" + json_quote(options.file);
  if (!options.source_root.empty()) json += ",\"sourceRoot\":" + json_quote(options.source_root);
  json += ",\"sources\":[" + json_quote(options.source) + "]";
  if (options.include_content) json += ",\"sourcesContent\":[" + json_quote(source) + "]";
  json += ",\"names\":[],\"mappings\":\"" + writer.mappings() + "\"}";
  return json;
}

}  // namespace a2g
