import { describe, expect, it } from 'vitest';
import { decodeText, InputError } from '../src/io/decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM, and turns CRLF into LF', () => {
    expect(decodeText(bytes('Zürich\r\nnext')).text).toBe('Zürich\nnext');
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Moscow')).text).toBe('Moscow');
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv €5', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Kyiv €5', warnings: [] });
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x4b, 0x00, 0x69]);
    expect(decodeText(be).text).toBe('Ki');
  });

  it('reads invalid UTF-8 as Windows-1252 with a warning', () => {
    const r = decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]));
    expect(r.text).toBe('Café €5');
    expect(r.warnings).toEqual(['not valid UTF-8: read as Windows-1252 (Latin-1)']);
  });

  it('rejects empty, blank and binary input', () => {
    expect(() => decodeText(Buffer.alloc(0))).toThrow(new InputError('empty file'));
    expect(() => decodeText(bytes(' \n\t\r\n'))).toThrow(/only white space/);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toThrow(/binary/);
  });
});
