import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type ParseOptions, type ParseResult, parseText } from '@/lib/import/1-parse/parse'

type Expectation = { error: RegExp } | { warning: RegExp }
type Case = { name: string; input: string | Uint8Array; options?: ParseOptions; expected: Expectation }

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values)
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const founding = readFileSync(path.resolve('tests/fixtures/founding-document.id.txt'))
const title = 'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on September 4, 2024'
const FIVE_MB = 5 * 1024 * 1024

const cases: Case[] = [
  // Empty and blank
  { name: 'an empty string', input: '', expected: { error: /^Input is empty\.$/ } },
  { name: 'zero bytes', input: bytes(), expected: { error: /^Input is empty\.$/ } },
  { name: 'a byte order mark alone', input: bytes(0xef, 0xbb, 0xbf), expected: { error: /^Input is empty\.$/ } },
  { name: 'spaces', input: '     ', expected: { error: /only whitespace/ } },
  { name: 'blank lines and tabs', input: '\n\n\t\r\n  \n', expected: { error: /only whitespace/ } },
  { name: 'ideographic and no-break spaces', input: '\u3000\u00a0\u3000', expected: { error: /only whitespace/ } },
  { name: 'zero-width spaces', input: '\u200b\u200b\u200d', expected: { error: /only whitespace/ } },

  // Binary and broken encodings
  { name: 'a NUL byte', input: bytes(0x43, 0x43, 0x54, 0x56, 0x00, 0x3a), expected: { error: /binary.*NUL byte at byte offset 4/ } },
  { name: 'a NUL character in a string', input: 'CCTV: hello\u0000', expected: { error: /binary.*NUL character/ } },
  {
    name: 'a PNG header',
    input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d),
    expected: { error: /binary file.*NUL byte at byte offset 8/ },
  },
  {
    name: 'mostly control characters',
    input: '\u0001\u0002\u0003\u0004\u0005ab\u0006\u0007\u0008',
    expected: { error: /binary file.*control characters/ },
  },
  {
    name: 'a lone continuation byte',
    input: bytes(0x41, 0x80, 0x42),
    expected: { error: /not valid UTF-8: byte 0x80 at byte offset 1 \(line 1\)/ },
  },
  {
    name: 'a truncated three-byte sequence',
    input: bytes(0x41, 0x0a, 0xe6, 0xaf),
    expected: { error: /byte 0xe6 at byte offset 2 \(line 2\)/ },
  },
  { name: 'an overlong encoding', input: bytes(0xc0, 0xaf), expected: { error: /byte 0xc0 at byte offset 0/ } },
  { name: 'an encoded surrogate', input: bytes(0xed, 0xa0, 0x80), expected: { error: /byte 0xed at byte offset 0/ } },
  { name: 'a code point above U+10FFFF', input: bytes(0xf4, 0x90, 0x80, 0x80), expected: { error: /byte 0xf4 at byte offset 0/ } },
  {
    name: 'Latin-1 text',
    input: bytes(...utf8('Reporter: Apa?\nMao Ning: Caf'), 0xe9, 0x2e),
    expected: { error: /not valid UTF-8: byte 0xe9 at byte offset 28 \(line 2\)/ },
  },
  {
    name: 'GBK-encoded Chinese',
    input: bytes(0xc3, 0xab, 0xc4, 0xfe, 0xa3, 0xba),
    expected: { error: /not valid UTF-8: byte 0xc4 at byte offset 2/ },
  },
  {
    name: 'the founding document with a stray byte at the end',
    input: bytes(...founding, 0xff),
    expected: { error: /byte 0xff at byte offset 4415 \(line 10\)/ },
  },
  {
    name: 'an unpaired surrogate in a string',
    input: 'Mao Ning: \ud800 yes',
    expected: { error: /unpaired surrogate at character offset 10/ },
  },
  {
    name: 'replacement characters from an earlier bad decode',
    input: `CCTV: Caf\ufffd?\nMao Ning: Oui.`,
    expected: { warning: /line 1: contains U\+FFFD replacement characters/ },
  },
  {
    name: 'a few stray control characters',
    input: 'CCTV: Any update?\u0008\nMao Ning: No.',
    expected: { warning: /line 1: removed 1 control character/ },
  },

  // Size
  {
    name: 'bytes over a small limit',
    input: utf8('x'.repeat(300)),
    options: { maxBytes: 100 },
    expected: { error: /too large: 300 bytes; the limit is 100 bytes/ },
  },
  {
    name: 'a string over a small limit',
    input: 'y'.repeat(300),
    options: { maxBytes: 100 },
    expected: { error: /too large: 300 bytes; the limit is 100 bytes/ },
  },
  {
    name: 'a string over the default 10 MiB',
    input: 'z'.repeat(11 * 1024 * 1024),
    expected: { error: /too large: 11\.0 MiB.*the limit is 10\.0 MiB/ },
  },

  // Labels without text
  {
    name: 'only English labels',
    input: 'CCTV:\nMao Ning:\nReuters:\nMao Ning:',
    expected: { error: /lines 1–4: only speaker labels \('CCTV', 'Mao Ning', 'Reuters', 'Mao Ning'\) and no text/ },
  },
  { name: 'only Chinese labels', input: '总台央视记者：\n毛宁：', expected: { error: /only speaker labels .*and no text/ } },
  { name: 'only generic reporter labels', input: 'Reporter:\nWartawan:\nReporter:', expected: { error: /only speaker labels/ } },
  { name: 'a title followed by labels only', input: `${title}\nCCTV:\nMao Ning:`, expected: { error: /only speaker labels/ } },
  {
    name: 'an answer label with no text at the end',
    input: 'Reporter: Apa kabar forum itu?\nMao Ning:',
    expected: { warning: /line 2: answer label 'Mao Ning' has no text/ },
  },
  {
    name: 'a question label with no text before an answer',
    input: `${title}\nCCTV:\nMao Ning: We have nothing to add.`,
    expected: { warning: /line 2: question label 'CCTV' has no text/ },
  },
  {
    name: 'a question with no answer after it',
    input: `${title}\nCCTV: Any update?\nMao Ning: No.\nReuters: And tomorrow?`,
    expected: { warning: /line 4: q2 has a question but no answer/ },
  },
  {
    name: 'a second answer label with no question between',
    input: 'CCTV: Any update?\nMao Ning: No.\nMao Ning: None at all.',
    expected: { warning: /line 3: a second answer label with no question in between/ },
  },
  {
    name: 'answers and no questions',
    input: 'Mao Ning: We oppose it.\nMao Ning: We support dialogue.',
    expected: { error: /found speaker labels \("Mao Ning"\) but no questions/ },
  },
  {
    name: 'questions and no answers',
    input: 'Reuters: Is it true?\nAFP: Is it?',
    expected: { error: /lines 1–2: found speaker labels \("Reuters", "AFP"\) but no spokesperson answers/ },
  },
  {
    name: 'a generic question label before emoji',
    input: 'Reporter: 🐼🐼🐼?',
    expected: { error: /found speaker labels \("Reporter"\) but no spokesperson answers/ },
  },

  // Not a transcript or release
  {
    name: 'English prose',
    input: 'The weather was fine.\nPeople went to the market.',
    expected: { error: /lines 1–2: not a press release or transcript/ },
  },
  {
    name: 'Indonesian prose',
    input: 'Cuaca hari ini cerah.\nOrang-orang pergi ke pasar.',
    expected: { error: /not a press release or transcript/ },
  },
  { name: 'Chinese prose', input: '今天天气很好。\n人们去了市场。', expected: { error: /not a press release or transcript/ } },
  {
    name: 'Latin and Chinese words mixed at random',
    input: 'hello 你好 world 世界 foo 中文',
    expected: { error: /not a press release or transcript/ },
  },
  {
    name: 'a Chinese news report',
    input: '有记者提问，中方如何看待论坛？毛宁表示，中方欢迎各方参加。\n9月5日，外交部发言人毛宁主持例行记者会。',
    expected: { error: /news report.*'有记者提问' on line 1/ },
  },
  {
    name: 'an English news report',
    input: 'Mao Ning said at a regular press conference on Tuesday that China welcomed the talks.',
    expected: { error: /news report.*'Mao Ning said'/ },
  },
  {
    name: 'an Indonesian news report',
    input: 'Mao Ning mengatakan dalam konferensi pers bahwa Tiongkok menyambut baik forum itu.',
    expected: { error: /news report.*'Mao Ning mengatakan'/ },
  },
  { name: 'a title alone', input: title, expected: { error: /line 1: only a title or date line/ } },
  { name: 'a timestamp alone', input: '2024-09-04 19:00', expected: { error: /no words/ } },
  {
    name: 'a date line alone',
    input: 'Selasa, 3 September 2024',
    expected: { error: /line 1: only a title or date, with no text after it/ },
  },
  {
    name: 'a title and a date line only',
    input: `Juru Bicara memperkenalkan seminar\nPada tanggal 3 September 2024, Juru Bicara Kementerian Luar Negeri Mao Ning mengadakan konferensi pers rutin.`,
    expected: { error: /lines 1–2: only a title or date line/ },
  },
  {
    name: 'an impossible date in the first sentence',
    input: 'On February 30, 2024, the minister met the ambassador.',
    expected: { error: /no date in a title, a date line or the first sentence/ },
  },
  {
    name: 'a long capitalised phrase ending in a colon',
    input: 'This Is A Very Long Capitalised Heading Of Words: and some text.',
    expected: { error: /not a press release or transcript/ },
  },
  {
    name: 'a sentence with a colon',
    input: 'The spokesperson said the following: we oppose it.',
    expected: { error: /not a press release or transcript/ },
  },
  {
    name: 'bare names without colons for unknown outlets',
    input: 'Kyodo News Is there an update?\nSomebody Else No there is not.',
    expected: { error: /not a press release or transcript/ },
  },
  { name: 'HTML markup', input: '<html><body><p>Hello</p></body></html>', expected: { error: /not a press release or transcript/ } },
  { name: 'JSON', input: '{"title": "Press release", "body": []}', expected: { error: /not a press release or transcript/ } },
  { name: '100,000 short lines', input: 'x\n'.repeat(100_000), expected: { error: /lines 1–100000: not a press release or transcript/ } },

  // Symbols, emoji, scripts
  { name: 'only digits', input: '12345 67890\n42', expected: { error: /no words/ } },
  { name: 'only punctuation', input: '?!.,;:—…', expected: { error: /no words/ } },
  { name: 'only emoji', input: '😀🎉🙏\n🐼', expected: { error: /no words/ } },
  { name: 'Arabic text', input: 'مرحبا بالعالم. هذا نص عربي طويل.', expected: { error: /mostly in Arabic script/ } },
  { name: 'Hebrew text', input: 'שלום עולם. זהו טקסט בעברית.', expected: { error: /mostly in Hebrew script/ } },
  {
    name: 'right-to-left text under Latin labels',
    input: '\u200fReporter: سؤال طويل عن المنتدى؟\n\u200fMao Ning: جواب طويل عن المنتدى.',
    expected: { error: /mostly in Arabic script/ },
  },
  { name: 'Cyrillic text', input: 'Привет мир. Это текст.', expected: { error: /mostly in Cyrillic script/ } },
  { name: 'many scripts mixed', input: 'Привет 你好 hi שלום مرحبا Γειά', expected: { error: /mostly in .* script/ } },

  // Brackets
  {
    name: 'an unterminated similar-question note',
    input: `${title}\nReuters: Can you confirm? (Similar question from the AP\nMao Ning: No.`,
    expected: { warning: /line 2: unclosed '\(' in q1's question/ },
  },
  {
    name: 'an unterminated Chinese note',
    input: '总台央视记者：有何进展？（路透社也问到类似问题\n毛宁：没有。',
    expected: { warning: /line 1: unclosed '（' in q1's question/ },
  },
  {
    name: 'an unterminated book-title mark in a label',
    input: '《人民日报记者：有何进展？\n毛宁：没有。',
    expected: { warning: /line 1: unclosed '《' in the label '《人民日报记者'/ },
  },

  // Chrome only
  { name: 'only site chrome', input: '3 menit membaca\nShare\n© 2024 Warta Nusantara', expected: { error: /only site chrome/ } },
  { name: 'only an unterminated print button', input: '【打印', expected: { error: /only site chrome/ } },
  { name: 'only links', input: 'https://example.com/a\nwww.example.org/b', expected: { error: /only site chrome/ } },

  // Five megabytes on one line
  {
    name: 'a 5 MB line of prose',
    input: 'lorem ipsum dolor sit amet '.repeat(Math.floor(FIVE_MB / 27)),
    expected: { error: /line 1: not a press release or transcript/ },
  },
  { name: 'a 5 MB line of one letter', input: 'a'.repeat(FIVE_MB), expected: { error: /line 1: not a press release or transcript/ } },
  {
    name: 'a 5 MB line of repeated questions and answers',
    input: 'CCTV: What is new? Mao Ning: Nothing. '.repeat(Math.floor(FIVE_MB / 38)),
    expected: { warning: /line 1: paragraphs were joined on one line/ },
  },
  {
    name: 'a 5 MB line of colons',
    input: 'A: '.repeat(Math.floor(FIVE_MB / 3)),
    expected: { error: /found speaker labels \("A"\) but no questions/ },
  },
  { name: 'a 5 MB line of opening brackets', input: '('.repeat(FIVE_MB), expected: { error: /no words/ } },
]

const allWarnings = (result: ParseResult): string[] =>
  [...result.warnings, ...result.documents.flatMap((d) => d.warnings)].map((w) => w.message)

describe('malformed input', () => {
  test('covers at least fifty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50)
  })

  test.each(cases)('$name: never throws and explains the problem', ({ input, options, expected }) => {
    const result = parseText(input, options)
    if ('error' in expected) {
      expect(result.documents).toEqual([])
      expect(result.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(expected.error))
    } else {
      expect(result.errors).toEqual([])
      expect(allWarnings(result)).toContainEqual(expect.stringMatching(expected.warning))
    }
  })

  test('warns that a 5 MB line with no labels has probably lost its paragraph breaks', () => {
    expect(parseText('a'.repeat(FIVE_MB)).warnings).toEqual([
      {
        line: 1,
        message: 'line 1: 5,242,880 characters on one line with no speaker labels inside; its paragraph breaks were probably lost.',
      },
    ])
  })

  test('a 5 MB line of repeated questions and answers still yields one item per question', () => {
    const pairs = Math.floor(FIVE_MB / 38)
    const result = parseText('CCTV: What is new? Mao Ning: Nothing. '.repeat(pairs))
    expect(result.documents[0]?.items).toHaveLength(pairs)
  })
})
