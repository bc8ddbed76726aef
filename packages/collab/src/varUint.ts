// lib0's variable-length unsigned integers (7 bits a byte, low bits first), written straight into
// a buffer sized in advance, for frames built in one allocation instead of through an encoder.

/** How many bytes `value` takes (a non-negative integer). */
export function varUintLength(value: number): number {
  let bytes = 1;
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) bytes += 1;
  return bytes;
}

/** Writes `value` at `pos` and returns the position after it. */
export function writeVarUintAt(out: Uint8Array, pos: number, value: number): number {
  let rest = value;
  let at = pos;
  while (rest > 0x7f) {
    out[at++] = 0x80 | (rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  out[at++] = rest;
  return at;
}
