import { checkGlossary, containsForm, type GlossaryEntry } from '@/lib/glossary/glossary'

const ministry: GlossaryEntry = { names: { id: 'Kementerian Luar Negeri', zh: '外交部', en: 'Ministry of Foreign Affairs' }, variants: ['Foreign Ministry'] }
const ai: GlossaryEntry = { names: { id: 'Kecerdasan buatan', zh: '人工智能', en: 'Artificial intelligence' }, variants: [] }
const aiTerm: GlossaryEntry = { names: { id: 'Kecerdasan buatan', zh: '人工智能', en: 'Artificial intelligence' }, variants: ['AI'] }

describe('finding an official name in a text', () => {
  test('spaced scripts: whole words or phrases, any case, any spacing; Chinese as written', () => {
    expect(containsForm('kata juru bicara kementerian luar  negeri hari ini', 'Kementerian Luar Negeri')).toBe(true)
    expect(containsForm('He SAID so', 'AI')).toBe(false)
    expect(containsForm('an AI workshop', 'AI')).toBe(true)
    expect(containsForm('外交部发言人毛宁', '外交部')).toBe(true)
    expect(containsForm('外交部门', '外交部')).toBe(true)
    expect(containsForm('', '外交部')).toBe(false)
  })
})

describe('checking a translation against the glossary', () => {
  test('a name the source uses is looked for in the same part of the translation, official form or accepted variant', () => {
    // Listed in the order the names occur in the source, whatever the glossary's own order.
    const findings = checkGlossary(
      [ai, ministry],
      { title: 'Kementerian Luar Negeri menggelar seminar kecerdasan buatan', body: 'Isi tanpa nama resmi.' },
      'id',
      { title: 'Foreign Ministry holds a workshop', body: 'Body text.' },
      'en',
    )
    expect(findings).toEqual([
      { path: 'title', source: 'Kementerian Luar Negeri', target: 'Ministry of Foreign Affairs', used: true },
      { path: 'title', source: 'Kecerdasan buatan', target: 'Artificial intelligence', used: false },
    ])
  })

  test('a topic and a glossary term with the same forms count once, with the term’s accepted variants', () => {
    expect(checkGlossary([ai, aiTerm], { title: 'Seminar kecerdasan buatan' }, 'id', { title: 'AI workshop' }, 'en')).toEqual([
      { path: 'title', source: 'Kecerdasan buatan', target: 'Artificial intelligence', used: true },
    ])
  })

  test('an untranslated part gives no warning; a name without a form in the target language is not checked', () => {
    expect(checkGlossary([ministry], { title: 'Kementerian Luar Negeri' }, 'id', { title: '' }, 'zh')).toEqual([])
    expect(checkGlossary([{ names: { id: 'Kemlu' }, variants: [] }], { title: 'Kemlu' }, 'id', { title: '外交部' }, 'zh')).toEqual([])
  })

  test('Chinese source, Indonesian translation', () => {
    expect(checkGlossary([ministry], { body: '外交部发言人表示' }, 'zh', { body: 'Juru bicara Kemenlu mengatakan' }, 'id')).toEqual([
      { path: 'body', source: '外交部', target: 'Kementerian Luar Negeri', used: false },
    ])
  })
})
