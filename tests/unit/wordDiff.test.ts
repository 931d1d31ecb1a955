import { tokenize, wordDiff } from '@/lib/text/wordDiff'

const render = (before: string, after: string) =>
  wordDiff(before, after)
    .map((segment) => (segment.kind === 'same' ? segment.text : segment.kind === 'removed' ? `[-${segment.text}-]` : `{+${segment.text}+}`))
    .join('')

describe('word-level diff of a changed source text', () => {
  test('Indonesian and English change by whole words; the rest of the paragraph stays plain', () => {
    expect(render('Seminar diikuti oleh 40 negara berkembang.', 'Seminar diikuti oleh hampir 40 negara berkembang.')).toBe(
      'Seminar diikuti oleh {+hampir +}40 negara berkembang.',
    )
    expect(render('The workshop ran from 3 to 6 September.', 'The workshop ran from 2 to 6 September.')).toBe('The workshop ran from [-3-]{+2+} to 6 September.')
  })

  test('a word is never cut inside: "berkembang" → "berkembangnya" replaces the word', () => {
    expect(render('negara berkembang', 'negara berkembangnya')).toBe('negara [-berkembang-]{+berkembangnya+}')
  })

  test('Chinese changes by character', () => {
    expect(render('近40个国家的代表出席开幕式。', '近50个国家的代表出席了开幕式。')).toBe('近[-40-]{+50+}个国家的代表出席{+了+}开幕式。')
    expect(tokenize('中方愿同')).toEqual(['中', '方', '愿', '同'])
  })

  test('neighbouring word changes read as one replacement, removed before added', () => {
    expect(render('kami sangat mendukung upaya ini', 'kami tidak pernah menolak upaya ini')).toBe('kami [-sangat mendukung-]{+tidak pernah menolak+} upaya ini')
  })

  test('text added to or taken from an empty side, and identical texts', () => {
    expect(wordDiff('', 'Pertanyaan baru')).toEqual([{ kind: 'added', text: 'Pertanyaan baru' }])
    expect(wordDiff('Dihapus', '')).toEqual([{ kind: 'removed', text: 'Dihapus' }])
    expect(wordDiff('Sama', 'Sama')).toEqual([{ kind: 'same', text: 'Sama' }])
  })

  test('joining the segments gives back each side exactly', () => {
    const before = 'Saat ini, teknologi kecerdasan buatan berkembang pesat. Tiongkok sangat mementingkan pengembangan AI.'
    const after = 'Kini, teknologi AI berkembang sangat pesat. Tiongkok mementingkan pengembangan dan tata kelola AI.'
    const segments = wordDiff(before, after)
    expect(segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before)
    expect(segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after)
  })
})
