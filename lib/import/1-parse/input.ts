import type { ParseIssue } from './types'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Share of control characters above which the input is taken for binary data rather than text. */
const MAX_CONTROL_SHARE = 0.05

type Decoded = { ok: true; text: string; warnings: ParseIssue[] } | { ok: false; error: ParseIssue }

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes} bytes)`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`
      : `${bytes} bytes`

/** UTF-8 length without allocating the encoded copy. */
const utf8Length = (text: string): number => {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. TextDecoder's fatal mode only says "invalid",
 * and an editor needs to know where to look.
 */
export const findInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    let needed: number
    let min: number
    if (lead >= 0xc2 && lead <= 0xdf) [needed, min] = [1, 0x80]
    else if (lead >= 0xe0 && lead <= 0xef) [needed, min] = [2, 0x800]
    else if (lead >= 0xf0 && lead <= 0xf4) [needed, min] = [3, 0x10000]
    else return i
    let code = lead & (0xff >> (needed + 2))
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += needed + 1
  }
  return -1
}

const lineOfByte = (bytes: Uint8Array, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

const lineOfChar = (text: string, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 0x0a) line++
  return line
}

const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || (code >= 0x7f && code <= 0x9f)

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Turns bytes or a string into clean text: UTF-8 checked, size checked, BOM stripped, line
 * endings normalised, binary and empty input refused, stray control characters removed.
 */
export const decodeInput = (input: string | Uint8Array, maxBytes: number): Decoded => {
  let text: string
  if (typeof input === 'string') {
    const size = input.length * 3 <= maxBytes ? 0 : utf8Length(input)
    if (size > maxBytes) {
      return {
        ok: false,
        error: { line: null, message: `Input is too large: ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.` },
      }
    }
    const surrogate = LONE_SURROGATE.exec(input)
    if (surrogate) {
      return {
        ok: false,
        error: {
          line: lineOfChar(input, surrogate.index),
          message: `Input is not valid Unicode: unpaired surrogate at character offset ${surrogate.index}.`,
        },
      }
    }
    text = input
  } else {
    if (input.length > maxBytes) {
      return {
        ok: false,
        error: { line: null, message: `Input is too large: ${formatBytes(input.length)}; the limit is ${formatBytes(maxBytes)}.` },
      }
    }
    const nul = input.indexOf(0)
    if (nul >= 0) {
      return { ok: false, error: { line: null, message: `Input looks like a binary file, not text: NUL byte at byte offset ${nul}.` } }
    }
    const invalid = findInvalidUtf8(input)
    if (invalid >= 0) {
      const line = lineOfByte(input, invalid)
      const value = (input[invalid] ?? 0).toString(16).padStart(2, '0')
      return {
        ok: false,
        error: {
          line,
          message: `Input is not valid UTF-8: byte 0x${value} at byte offset ${invalid} (line ${line}). Save the file as UTF-8 and try again.`,
        },
      }
    }
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input)
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  text = text.replace(/\r\n?/g, '\n')

  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    return {
      ok: false,
      error: { line: lineOfChar(text, nul), message: `Input looks like a binary file, not text: NUL character at offset ${nul}.` },
    }
  }

  let controls = 0
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    const share = Math.round((controls / text.length) * 100)
    return {
      ok: false,
      error: { line: null, message: `Input looks like a binary file, not text: ${share}% of its characters are control characters.` },
    }
  }

  if (text.trim().replace(/[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g, '') === '') {
    return { ok: false, error: { line: null, message: text.length === 0 ? 'Input is empty.' : 'Input contains only whitespace.' } }
  }

  const warnings: ParseIssue[] = []
  if (controls > 0) {
    const lines = text.split('\n')
    lines.forEach((line, index) => {
      let count = 0
      for (let i = 0; i < line.length; i++) if (isControl(line.charCodeAt(i))) count++
      if (count > 0) warnings.push({ line: index + 1, message: `line ${index + 1}: removed ${count} control character(s).` })
    })
    text = lines.map((line) => line.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '')).join('\n')
  }
  text = text.replace(/\f/g, '\n')

  const replacement = text.indexOf('\ufffd')
  if (replacement >= 0) {
    const line = lineOfChar(text, replacement)
    warnings.push({
      line,
      message: `line ${line}: contains U+FFFD replacement characters; the text was probably decoded with the wrong encoding before it reached the importer.`,
    })
  }
  return { ok: true, text, warnings }
}
