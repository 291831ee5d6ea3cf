// user_text.mjs - is a position of async2gen's output inside text the user wrote?
//
// A case is "not applicable" on an engine only when the engine cannot compile the user's own syntax. The
// engine names a position of the output (transpiled with --helpers=global); the output's source map (from
// the tool itself) says where each segment of the output came from. The position is user text when its
// segment maps into the input and the token there (an identifier / number run, or one other character) is
// the same text in the input at the mapped place, or (for moved text, which has no segment) when a run of
// at least MIN_MOVED characters around the token is on the same line of the input. Otherwise the engine
// stopped at code the tool added.
// A position on a blank counts as the token before it (Rhino reports where its tokenizer stood).
//
// isUserText({ output, input, map }, line, column) with a 1-based line and a 1-based UTF-16 column.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

// Source map v3 "mappings" -> per generated line, [{ column, sourceLine, sourceColumn } | { column }].
export function decodeMappings(mappings) {
  const lines = [];
  let sourceLine = 0, sourceColumn = 0, source = 0;
  for (const text of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const fields = [];
      let value = 0, shift = 0;
      for (const c of segment) {
        const digit = DIGIT.get(c);
        if (digit === undefined) throw new Error(`bad source map character '${c}'`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        sourceLine += fields[2];
        sourceColumn += fields[3];
        segments.push({ column, source, sourceLine, sourceColumn });
      } else {
        segments.push({ column });
      }
    }
    lines.push(segments);
  }
  return lines;
}

const WORD = /[\p{ID_Continue}$\u200c\u200d]/u;

// The token around `at` in `line`, inside [from, end): an identifier or number run, or one other character.
function tokenAt(line, at, from, end) {
  if (!WORD.test(line[at] ?? '')) return { text: line.slice(at, at + 1), start: at };
  let start = at, stop = at;
  while (start > from && WORD.test(line[start - 1])) start--;
  while (stop < end && WORD.test(line[stop])) stop++;
  return { text: line.slice(start, stop), start };
}

const splitLines = (text) => text.split(/\r\n|\r|\n|\u2028|\u2029/);

export function isUserText({ output, input, map }, line, column) {
  const outLine = splitLines(output)[line - 1];
  const inLine = splitLines(input)[line - 1] ?? '';
  const segments = decodeMappings(map.mappings)[line - 1];
  if (outLine === undefined || !segments) return false;
  // Engines may point at the blank after the token they stopped at (Rhino does): step back over blanks.
  let at = Math.min(column - 1, outLine.length - 1);
  while (at > 0 && /\s/.test(outLine[at])) at--;
  if (at < 0) return false;
  let k = segments.length - 1;
  while (k >= 0 && segments[k].column > at) k--;
  const seg = k >= 0 ? segments[k] : null;
  const end = k + 1 < segments.length ? segments[k + 1].column : outLine.length;
  const token = tokenAt(outLine, at, seg ? seg.column : 0, seg ? end : outLine.length);
  if (seg && seg.sourceLine !== undefined) {
    const source = splitLines(input)[seg.sourceLine] ?? '';
    const from = seg.sourceColumn + (token.start - seg.column);
    if (source.slice(from, from + token.text.length) === token.text) return true;
  }
  // Text the tool moved (a for-await head's pattern into the loop body) has no segment of its own; no
  // line moves, so it is on the same line of the input: accept a verbatim run of at least MIN_MOVED
  // characters around the token.
  return longestRunAround(outLine, token.start, token.start + token.text.length, inLine) >= MIN_MOVED;
}

const MIN_MOVED = 12;

// Length of the longest slice of `line` that contains [start, stop) and occurs in `other` (0 if none).
function longestRunAround(line, start, stop, other) {
  let best = 0;
  for (let left = start; left >= 0; left--) {
    if (!other.includes(line.slice(left, stop))) break;
    let right = stop;
    while (right < line.length && other.includes(line.slice(left, right + 1))) right++;
    best = Math.max(best, right - left);
  }
  return best;
}

// A 1-based column counted in UTF-8 bytes (Hermes) -> counted in UTF-16 code units.
export function utf16Column(text, line, byteColumn) {
  const bytes = Buffer.from(splitLines(text)[line - 1] ?? '', 'utf8');
  return bytes.subarray(0, Math.max(0, byteColumn - 1)).toString('utf8').length + 1;
}
