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
