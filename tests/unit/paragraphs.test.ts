import { paragraphsToRichText, richTextToParagraphs, richTextToPlainText } from '@/lib/richText/paragraphs'

test('paragraphs survive a round trip through Lexical JSON unchanged', () => {
  const paragraphs = ['Pada tanggal 3 September 2024, …', '“Global Selatan” — 中文段落', 'Third']
  expect(richTextToParagraphs(paragraphsToRichText(paragraphs))).toEqual(paragraphs)
})

test('plain text joins paragraphs with a blank line and ignores empty blocks', () => {
  expect(richTextToPlainText(paragraphsToRichText(['A', '', 'B']))).toBe('A\n\nB')
})

test('values that are not rich text give no paragraphs', () => {
  expect(richTextToParagraphs(null)).toEqual([])
  expect(richTextToParagraphs('text')).toEqual([])
  expect(richTextToParagraphs({ root: {} })).toEqual([])
})

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, format: '', indent: 0, version: 1, direction: 'ltr', ...extra })

test('a list’s items, nested lists and line breaks are separate lines; bold and links stay within their line', () => {
  const value = {
    root: element('root', [
      element('paragraph', [text('Jakarta', 1), text(', 3 September: '), element('link', [text('the ministry')], { fields: { url: 'https://kemlu.go.id' } }), element('linebreak', []), text('second line')]),
      element('list', [
        element('listitem', [text('Keamanan maritim')], { value: 1 }),
        element('listitem', [text('Perdagangan'), element('list', [element('listitem', [text('ekspor')], { value: 1 })], { listType: 'bullet', tag: 'ul' })], { value: 2 }),
        element('listitem', [text('Pendidikan')], { value: 3 }),
      ], { listType: 'bullet', tag: 'ul', start: 1 }),
    ]),
  }
  expect(richTextToParagraphs(value)).toEqual(['Jakarta, 3 September: the ministry\nsecond line', 'Keamanan maritim\nPerdagangan\nekspor\nPendidikan'])
})

test('no paragraphs give one empty paragraph, the state Lexical loads (an empty root is refused, error #38), and still no text', () => {
  const value = paragraphsToRichText([])
  expect(value.root.children).toHaveLength(1)
  expect(value.root.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: '' }] })
  expect(richTextToParagraphs(value)).toEqual([])
})
