/** Why an input cannot become an article: reported with its file and the batch goes on. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface DecodedText {
  text: string;
  /** Non-fatal notes about the decoding ("not valid UTF-8: read as Windows-1252"). */
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252 0x80–0x9F (Node's TextDecoder reads that label as Latin-1); the rest is Latin-1. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks binary data. */
const BINARY_CONTROL_SHARE = 0.02;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / Math.max(1, sample.length) > BINARY_CONTROL_SHARE;
}

/**
 * Bytes to article text: UTF-8 (BOM stripped), UTF-16 with a BOM, Windows-1252 when the bytes
 * are not valid UTF-8 (with a warning). Line ends become "\n". Empty, blank and binary inputs
 * are an InputError.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  let text: string;
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (looksBinary(bytes)) throw new InputError('binary data, not text');
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      text = decodeWindows1252(body);
      warnings.push('not valid UTF-8: read as Windows-1252 (Latin-1)');
    }
  }
  return { text: normalizeText(text), warnings };
}

/** Line ends to "\n"; a text that is only white space is an InputError. */
export function normalizeText(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new InputError('no text: the article is empty or only white space');
  return normalized;
}
