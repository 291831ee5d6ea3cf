// Source map v3 "mappings" decoding: for each generated line, its segments in column order,
// each { col, source, line, column } (0-based; columns in UTF-16 code units, as in JavaScript strings).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

export function decodeMappings(mappings) {
  const lines = [];
  let source = 0, line = 0, column = 0, name = 0;
  for (const text of mappings.split(';')) {
    const segments = [];
    let col = 0;
    if (text) {
      for (const seg of text.split(',')) {
        const v = decodeVlq(seg);
        col += v[0];
        if (v.length >= 4) {
          source += v[1]; line += v[2]; column += v[3];
          if (v.length >= 5) name += v[4];
          segments.push({ col, source, line, column });
        } else {
          segments.push({ col, source: -1, line: -1, column: -1 });
        }
      }
    }
    segments.sort((a, b) => a.col - b.col);
    lines.push(segments);
  }
  return lines;
}

function decodeVlq(text) {
  const out = [];
  let value = 0, shift = 0;
  for (const c of text) {
    const d = DIGIT.get(c);
    if (d === undefined) throw new Error('bad VLQ digit ' + c);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0; shift = 0;
    }
  }
  return out;
}
