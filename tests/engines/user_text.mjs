// user_text.mjs - is a position of async2gen's output inside text the user wrote?
//
// A case is "not applicable" on an engine only when the engine cannot compile the user's own syntax. The
// engine names a position of the output (transpiled with --helpers=global); the output's source map (from
// the tool itself) says where each segment of the output came from. The position is user text when its
// segment maps into the input and the token there (an identifier / number run, or one other character) is
// the same text in the input at the mapped place. Otherwise the engine stopped at code the tool added.
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

// The token starting at `at` in `line`, not past `end`.
function tokenAt(line, at, end) {
  if (!WORD.test(line[at] ?? '')) return line.slice(at, Math.min(at + 1, end));
  let stop = at;
  while (stop < end && WORD.test(line[stop])) stop++;
  return line.slice(at, stop);
}

const splitLines = (text) => text.split(/\r\n|\r|\n|\u2028|\u2029/);

export function isUserText({ output, input, map }, line, column) {
  const outLines = splitLines(output);
  const inLines = splitLines(input);
  const outLine = outLines[line - 1];
  const segments = decodeMappings(map.mappings)[line - 1];
  if (outLine === undefined || !segments) return false;
  let at = Math.min(column - 1, outLine.length - 1);
  if (at < 0) return false;
  let k = segments.length - 1;
  while (k >= 0 && segments[k].column > at) k--;
  if (k < 0 || segments[k].sourceLine === undefined) return false;
  const seg = segments[k];
  const end = k + 1 < segments.length ? segments[k + 1].column : outLine.length;
  const token = tokenAt(outLine, at, end);
  const inLine = inLines[seg.sourceLine] ?? '';
  const from = seg.sourceColumn + (at - seg.column);
  return token.length > 0 && inLine.slice(from, from + token.length) === token;
}

// A 1-based column counted in UTF-8 bytes (Hermes) -> counted in UTF-16 code units.
export function utf16Column(text, line, byteColumn) {
  const bytes = Buffer.from(splitLines(text)[line - 1] ?? '', 'utf8');
  return bytes.subarray(0, Math.max(0, byteColumn - 1)).toString('utf8').length + 1;
}
