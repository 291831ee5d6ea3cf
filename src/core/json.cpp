// Recursive-descent JSON reader (depth-limited), producing JsonValue trees.
#include "core/json.hpp"

#include <cstdlib>

#include "core/source.hpp"

namespace a2g {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}
  bool value(JsonValue& out, int depth) {
    skip_blanks();
    if (depth > 64 || pos_ >= text_.size()) return false;
    char c = text_[pos_];
    if (c == '{') return object(out, depth);
    if (c == '[') return array(out, depth);
    if (c == '"') {
      out.kind = JsonValue::Kind::string;
      return string(out.string);
    }
    if (literal("true")) return out.kind = JsonValue::Kind::boolean, out.boolean = true, true;
    if (literal("false")) return out.kind = JsonValue::Kind::boolean, true;
    if (literal("null")) return out.kind = JsonValue::Kind::null, true;
    return number(out);
  }
  bool at_end() {
    skip_blanks();
    return pos_ == text_.size();
  }

 private:
  void skip_blanks() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool number(JsonValue& out) {
    size_t start = pos_;
    while (pos_ < text_.size() && std::string_view("+-0123456789.eE").find(text_[pos_]) != std::string_view::npos) ++pos_;
    if (start == pos_) return false;
    out.kind = JsonValue::Kind::number;
    out.number = std::strtod(std::string(text_.substr(start, pos_ - start)).c_str(), nullptr);
    return true;
  }
  bool hex4(uint32_t& cp) {
    if (pos_ + 4 > text_.size()) return false;
    cp = static_cast<uint32_t>(std::strtoul(std::string(text_.substr(pos_, 4)).c_str(), nullptr, 16));
    pos_ += 4;
    return true;
  }
  bool string(std::string& out) {
    ++pos_;  // "
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) return false;
      char e = text_[pos_++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && text_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            uint32_t low = 0;
            if (!hex4(low)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default: out += e;
      }
    }
    return false;
  }
  bool array(JsonValue& out, int depth) {
    out.kind = JsonValue::Kind::array;
    ++pos_;
    skip_blanks();
    if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
    for (;;) {
      out.array.emplace_back();
      if (!value(out.array.back(), depth + 1)) return false;
      skip_blanks();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == ']') return ++pos_, true;
      if (text_[pos_++] != ',') return false;
    }
  }
  bool object(JsonValue& out, int depth) {
    out.kind = JsonValue::Kind::object;
    ++pos_;
    skip_blanks();
    if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
    for (;;) {
      skip_blanks();
      if (pos_ >= text_.size() || text_[pos_] != '"') return false;
      std::string key;
      if (!string(key)) return false;
      skip_blanks();
      if (pos_ >= text_.size() || text_[pos_++] != ':') return false;
      out.object.emplace_back(std::move(key), JsonValue{});
      if (!value(out.object.back().second, depth + 1)) return false;
      skip_blanks();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == '}') return ++pos_, true;
      if (text_[pos_++] != ',') return false;
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

JsonValue::JsonValue() = default;

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [k, v] : object) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::optional<JsonValue> parse_json(std::string_view text) {
  Reader reader(text);
  JsonValue value;
  if (!reader.value(value, 0) || !reader.at_end()) return std::nullopt;
  return value;
}

}  // namespace a2g
