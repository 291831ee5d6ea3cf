// Source map generation: one left-to-right pass over the source and the sorted edits.
#include "core/source_map.hpp"

#include <algorithm>
#include <cstdint>

#include "core/json.hpp"
#include "core/source.hpp"

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
  explicit MappingWriter(const InputSourceMap* input) : input_(input) {}
  // Feeds generated text that comes from the source at [orig_line, orig_col] onward when
  // `from_source` (each token maps to its own origin), or as a whole from that point otherwise.
  void generated(std::string_view text, bool from_source) {
    bool mapped_inserted = false;
    unsigned char prev = ' ';
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
      bool token_start = !blank && (!is_word_byte(c) || !is_word_byte(prev) || prev == ' ');
      // Inserted text maps as a whole, from its first character, to where it was inserted.
      if (from_source ? token_start : !mapped_inserted) {
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
  // Feeds inserted text that maps, as a whole, to (line, column) of the source instead of to
  // where it is inserted.
  void generated_from(std::string_view text, int64_t line, int64_t column) {
    int64_t here_line = orig_line_, here_column = orig_col_;
    orig_line_ = line;
    orig_col_ = column;
    generated(text, false);
    orig_line_ = here_line;
    orig_col_ = here_column;
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
    int64_t source = 0, line = orig_line_, column = orig_col_;
    if (input_) {  // chained: where the input map says this position came from
      const InputSourceMap::Segment* s = input_->lookup(orig_line_, orig_col_);
      if (!s || s->source < 0) return;
      source = s->source;
      line = s->line;
      column = s->column;
    }
    if (!first_in_line_) mappings_ += ',';
    first_in_line_ = false;
    append_vlq(mappings_, gen_col_ - previous_gen_col_);
    append_vlq(mappings_, source - previous_source_);
    append_vlq(mappings_, line - previous_orig_line_);
    append_vlq(mappings_, column - previous_orig_col_);
    previous_gen_col_ = gen_col_;
    previous_source_ = source;
    previous_orig_line_ = line;
    previous_orig_col_ = column;
  }

  std::string mappings_;
  int64_t gen_line_ = 0, gen_col_ = 0, orig_line_ = 0, orig_col_ = 0;
  int64_t previous_gen_col_ = 0, previous_source_ = 0, previous_orig_line_ = 0, previous_orig_col_ = 0;
  bool first_in_line_ = true;
  const InputSourceMap* input_;
};

// Decodes one base64 VLQ value at `pos`; false at the end of a segment or on bad input.
bool read_vlq(std::string_view text, size_t& pos, int64_t& value) {
  static const std::string_view digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  uint64_t result = 0;
  int shift = 0;
  for (;;) {
    if (pos >= text.size()) return false;
    size_t digit = digits.find(text[pos]);
    if (digit == std::string_view::npos) return false;
    ++pos;
    result |= static_cast<uint64_t>(digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
    if (shift > 60) return false;
  }
  int64_t magnitude = static_cast<int64_t>(result >> 1);
  value = (result & 1) ? -magnitude : magnitude;
  return true;
}

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

const InputSourceMap::Segment* InputSourceMap::lookup(int64_t line, int64_t column) const {
  if (line < 0 || line >= static_cast<int64_t>(lines.size())) return nullptr;
  const auto& segments = lines[static_cast<size_t>(line)];
  auto it = std::upper_bound(segments.begin(), segments.end(), column,
                             [](int64_t c, const Segment& s) { return c < s.generated_column; });
  if (it == segments.begin()) return nullptr;
  return &*(it - 1);
}

std::optional<InputSourceMap> decode_source_map(std::string_view json) {
  std::optional<JsonValue> root = parse_json(json);
  if (!root || root->kind != JsonValue::Kind::object) return std::nullopt;
  const JsonValue* version = root->find("version");
  const JsonValue* sources = root->find("sources");
  const JsonValue* mappings = root->find("mappings");
  if (!version || version->number != 3 || !sources || sources->kind != JsonValue::Kind::array || !mappings ||
      mappings->kind != JsonValue::Kind::string) {
    return std::nullopt;  // index maps ("sections") are not chained
  }
  InputSourceMap map;
  std::string root_path;
  if (const JsonValue* r = root->find("sourceRoot"); r && r->kind == JsonValue::Kind::string && !r->string.empty()) {
    root_path = r->string.back() == '/' ? r->string : r->string + "/";
  }
  for (const JsonValue& s : sources->array) map.sources.push_back(root_path + s.string);
  const JsonValue* contents = root->find("sourcesContent");
  for (size_t i = 0; i < map.sources.size(); ++i) {
    bool has = contents && i < contents->array.size() && contents->array[i].kind == JsonValue::Kind::string;
    map.contents.push_back(has ? std::optional<std::string>(contents->array[i].string) : std::nullopt);
  }
  std::string_view text = mappings->string;
  map.lines.emplace_back();
  int64_t source = 0, line = 0, column = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ';') {
      map.lines.emplace_back();
      ++pos;
      continue;
    }
    if (text[pos] == ',') {
      ++pos;
      continue;
    }
    int64_t fields[5] = {0, 0, 0, 0, 0};
    int count = 0;
    while (count < 5 && pos < text.size() && text[pos] != ',' && text[pos] != ';') {
      if (!read_vlq(text, pos, fields[count])) return std::nullopt;
      ++count;
    }
    InputSourceMap::Segment seg;
    int64_t previous_column = map.lines.back().empty() ? 0 : map.lines.back().back().generated_column;
    seg.generated_column = previous_column + fields[0];
    if (count >= 4) {
      source += fields[1];
      line += fields[2];
      column += fields[3];
      seg.source = source;
      seg.line = line;
      seg.column = column;
    }
    if (seg.source >= static_cast<int64_t>(map.sources.size())) return std::nullopt;
    map.lines.back().push_back(seg);
  }
  return map;
}

std::optional<std::string> base64_decode(std::string_view text) {
  static const std::string_view digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=' || c == '\n' || c == '\r') continue;
    size_t v = digits.find(c);
    if (v == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

std::string build_source_map(std::string_view source, const EditList& edits, const SourceMapOptions& options,
                             const InputSourceMap* input) {
  MappingWriter writer(input);
  LineIndex lines(source);
  uint32_t pos = 0;
  for (const Edit& e : edits.edits()) {
    writer.generated(source.substr(pos, e.offset - pos), true);
    if (e.origin == Edit::here) {
      writer.generated(e.text, false);
    } else {
      Position origin = lines.position(e.origin);
      writer.generated_from(e.text, origin.line, origin.utf16_column);
    }
    writer.skipped(source.substr(e.offset, e.length));
    pos = e.offset + e.length;
  }
  writer.generated(source.substr(pos), true);

  std::string json = "{\"version\":3,\"file\":" + json_quote(options.file);
  if (!options.source_root.empty()) json += ",\"sourceRoot\":" + json_quote(options.source_root);
  if (input) {
    std::string list, contents;
    for (size_t i = 0; i < input->sources.size(); ++i) {
      list += (i ? "," : "") + json_quote(input->sources[i]);
      contents += (i ? "," : "") + (input->contents[i] ? json_quote(*input->contents[i]) : std::string("null"));
    }
    json += ",\"sources\":[" + list + "]";
    if (options.include_content) json += ",\"sourcesContent\":[" + contents + "]";
  } else {
    json += ",\"sources\":[" + json_quote(options.source) + "]";
    if (options.include_content) json += ",\"sourcesContent\":[" + json_quote(source) + "]";
  }
  json += ",\"names\":[],\"mappings\":\"" + writer.mappings() + "\"}";
  return json;
}

}  // namespace a2g
