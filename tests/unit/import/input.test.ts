import { parseText } from '@/lib/import/1-parse/parse'

const transcript = ['CCTV: Is there an update on the forum?', 'Mao Ning: The forum will open on Monday.', 'It will last three days.']
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('input handling', () => {
  test('decodes UTF-8 bytes', () => {
    const result = parseText(encode('总台央视记者：论坛有何进展？\n毛宁：论坛将于周一开幕。'))
    expect(result.documents[0]?.items[0]?.question.zh).toBe('论坛有何进展？')
  })

  test('strips a byte order mark from bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(transcript.join('\n'))])
    expect(parseText(bytes).documents[0]?.items[0]?.outlet).toEqual({ en: 'CCTV' })
  })

  test('strips a byte order mark from a string', () => {
    expect(parseText(`\ufeff${transcript.join('\n')}`).documents[0]?.items[0]?.outlet).toEqual({ en: 'CCTV' })
  })

  test.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line endings like LF', (_name, eol) => {
    expect(parseText(transcript.join(eol))).toEqual(parseText(transcript.join('\n')))
  })

  test('counts lines from 1, blank lines included', () => {
    const result = parseText(['', 'CCTV: Is there an update?', '', 'Mao Ning: Not yet.'].join('\n'))
    expect(result.documents[0]?.items[0]?.line).toBe(2)
  })

  test('names the byte offset and line of invalid UTF-8', () => {
    const bytes = new Uint8Array([...encode('CCTV: Apa kabar?\nMao Ning: Caf'), 0xe9, ...encode(' baik.')])
    expect(parseText(bytes)).toEqual({
      documents: [],
      warnings: [],
      errors: [
        { line: 2, message: 'Input is not valid UTF-8: byte 0xe9 at byte offset 30 (line 2). Save the file as UTF-8 and try again.' },
      ],
    })
  })

  test('states the size and the limit when the input is too large', () => {
    expect(parseText('x'.repeat(2048), { maxBytes: 1024 }).errors).toEqual([
      { line: null, message: 'Input is too large: 2.0 KiB (2048 bytes); the limit is 1.0 KiB (1024 bytes).' },
    ])
  })

  test('measures a string limit in UTF-8 bytes, not characters', () => {
    expect(parseText('毛'.repeat(400), { maxBytes: 1000 }).errors[0]?.message).toContain('1.2 KiB (1200 bytes)')
  })

  test('accepts input exactly at the limit', () => {
    const text = transcript.join('\n')
    expect(parseText(text, { maxBytes: encode(text).length }).errors).toEqual([])
  })

  test('defaults the limit to 10 MiB', () => {
    expect(parseText(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61)).errors[0]?.message).toContain(
      'the limit is 10.0 MiB (10485760 bytes)',
    )
  })

  test('removes a few stray control characters with a warning naming the line', () => {
    const result = parseText(['CCTV: Is there an update?', 'Mao Ning: Not\u0007 yet.'].join('\n'))
    expect(result.documents[0]?.items[0]?.answer.en).toEqual(['Not yet.'])
    expect(result.warnings).toEqual([{ line: 2, message: 'line 2: removed 1 control character(s).' }])
  })

  test('trims invisible characters around lines so labels are still found', () => {
    const result = parseText(['\u200bCCTV: Is there an update?\u200b', '\u00a0Mao Ning: Not yet.\u3000'].join('\n'))
    expect(result.documents[0]?.items[0]).toMatchObject({ outletSlug: null, outlet: { en: 'CCTV' }, answer: { en: ['Not yet.'] } })
  })
})
