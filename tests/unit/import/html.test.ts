import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { htmlToText } from '@/lib/import/1-parse/html'
import { type ParseResult, parseText } from '@/lib/import/1-parse/parse'
import { parseTexts } from '@/lib/import/2-merge/sources'
import { readTexts } from '@/lib/import/files'
import { loadRealCorpus } from '@/tests/helpers/realCorpus'

/**
 * HTML and plain-text copies of one page give the same structure. The search tool stores pages
 * as text, so the HTML here is rebuilt around a real page's text the way ministry and portal
 * sites lay it out: navigation and a language bar in <header>/<nav>, the heading in <h1>, the
 * timestamp in its own element, one <p> per paragraph, share and print buttons in <footer>.
 */

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const asHtmlPage = ({ title, stamp, paragraphs, lang }: { title: string; stamp: string | null; paragraphs: string[]; lang: string }): string => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}_Ministry of Foreign Affairs</title>
<script>window.dataLayer = [];</script><style>p { margin: 0 }</style></head>
<body>
<header><div class="lang"><a href="#">عربي</a> <a href="#">Español</a> <a href="#">Русский</a> <a href="#">Français</a> <a href="#">简体中文</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact Us</a></li></ul></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/fyrth">Spokesperson's Remarks</a></div>
<div class="main"><div class="news-title"><h1>${escape(title)}</h1>${stamp ? `<p class="time">${escape(stamp)}</p>` : ''}</div>
<div class="news-content" id="content">
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Print</a> <a href="#">Suggest to a friend</a></div></div>
<footer><p>Copyright © Ministry of Foreign Affairs. All rights reserved.</p><p><a href="#">Sitemap</a> | <a href="#">Contact Us</a></p></footer>
</body></html>`

const structure = (result: ParseResult) =>
  result.documents.map((d) => ({
    kind: d.kind,
    date: d.date,
    spokesperson: d.spokesperson,
    locales: d.locales,
    opening: Object.values(d.openingStatements).map((p) => p?.length),
    items: d.items.map((i) => ({ outlet: i.outlet, question: i.question, answer: i.answer })),
  }))

const corpus = loadRealCorpus()
const page = (name: string): string => corpus.find((f) => f.name === name)?.text ?? ''

const cases = [
  { name: 'mfa-en-2024-07-15', lang: 'en', title: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on July 15, 2024', stamp: 'Updated: July 15, 2024 18:58' },
  { name: 'embassy-zw-en-2024-11-01', lang: 'en', title: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on November 1, 2024', stamp: '2024-11-01 18:36' },
  { name: 'macaumonthly-zh-2024-07-31', lang: 'zh', title: '2024年7月31日外交部发言人林剑主持例行记者会', stamp: '发布时间:2024-07-31 20:21:02' },
  { name: 'bolong-id-2021-12-07', lang: 'id', title: 'Konferensi Pers Kementerian Luar Negeri China 7 Desember 2021', stamp: '08 December 2021, 17:36 WIB' },
]

describe('an HTML page', () => {
  test.each(cases)('$name: the HTML copy gives the same structure as the text copy', ({ name, lang, title, stamp }) => {
    const text = page(name)
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
    // The article's paragraphs: everything after the heading and its timestamp in the text copy.
    const paragraphs = lines.slice(lines.findIndex((l) => l === stamp || l === title) + 1).filter((l) => l !== stamp && !/-Image-\d|Image from|^Lin Jian$/.test(l))
    const html = htmlToText(asHtmlPage({ title, stamp, paragraphs, lang }))
    const fromText = parseText(text)
    expect(fromText.documents).toHaveLength(1)
    expect(structure(parseText(html.text))).toEqual(structure(fromText))
  })

  test('lists the page text it left out (navigation, breadcrumbs, share buttons, footer)', () => {
    const html = htmlToText(asHtmlPage({ title: cases[0]!.title, stamp: null, paragraphs: ['CCTV: A question?', 'Lin Jian: An answer.'], lang: 'en' }))
    expect(html.text.split('\n')).toEqual([cases[0]!.title, 'CCTV: A question?', 'Lin Jian: An answer.'])
    expect(html.setAside).toEqual(expect.arrayContaining(['Contact Us', 'Copyright © Ministry of Foreign Affairs. All rights reserved.']))
    expect(html.setAside.some((line) => line.includes('Suggest to a friend'))).toBe(true)
  })

  test('the CLI picks up .html files in a folder, and parsing reduces them to the main content, listing what it left out', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'warta-html-'))
    writeFileSync(path.join(folder, 'page.html'), asHtmlPage({ title: cases[0]!.title, stamp: null, paragraphs: ['CCTV: A question?', 'Lin Jian: An answer.'], lang: 'en' }))
    writeFileSync(path.join(folder, 'notes.md'), 'ignored')
    const read = await readTexts([folder])
    expect([read.failures, read.texts.map((t) => path.basename(t.name))]).toEqual([[], ['page.html']])
    const { documents, failures } = parseTexts(read.texts, {})
    expect(failures).toEqual([])
    expect(documents.map(({ document }) => [document.kind, document.title, document.items.length])).toEqual([['briefing', { en: cases[0]!.title }, 1]])
    expect(documents[0]?.setAside).toContainEqual(`${path.join(folder, 'page.html')}: (not the page's main content): Contact Us`)
  })

  test('clipboard HTML sent to the Import view (no .html name) is read as HTML too', () => {
    const page = asHtmlPage({ title: cases[0]!.title, stamp: null, paragraphs: ['CCTV: A question?', 'Lin Jian: An answer.'], lang: 'en' })
    const { documents } = parseTexts([{ name: 'pasted text', content: page }], {})
    expect(documents.map(({ document }) => document.items[0]?.outlet)).toEqual([{ en: 'CCTV' }])
  })

  test('an HTML file that is not UTF-8 is refused with what to do', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xc4, 0xe3, 0xba, 0xc3, 0xff, 0x3c, 0x2f, 0x70, 0x3e])
    const { failures } = parseTexts([{ name: 'gbk.html', content: bytes }], {})
    expect(failures[0]?.errors).toEqual(['gbk.html: this HTML file is not UTF-8; save the page as UTF-8, or copy its text instead.'])
  })
})
