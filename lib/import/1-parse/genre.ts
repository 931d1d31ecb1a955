import { type ClassifiedParagraph, SPOKESPERSON_WORD } from './classify'
import { excerpt as quote } from './issues'
import type { DroppedLine, ParseIssue } from './types'

/**
 * Texts that carry a spokesperson's words without being a transcript or a release: a newspaper
 * article about a briefing, a page of collected quotes, a minister's speaking notes. Each check
 * says what gave the text away, so a refusal can be acted on.
 */

const REPORTER_ASKED = /有(?:\S{0,4})?[记記]者(?:提问|提問|问|問)|[记記]者(?:提问|提問)|(?:a|one|another) (?:reporter|journalist) asked|when asked|menjawab pertanyaan wartawan|ketika ditanya|saat ditanya/iu
const THIRD_PERSON = [
  /[\u4e00-\u9fff]{2,4}(?:表示|回应道|回應道|指出|强调|強調|介绍|介紹|笑着说|笑著說|笑着回答|笑著回答)[，,：:。]/u,
  /\b(?:ujar|kata|tutur|jelas|tambah|papar|imbuh|tegas)(?:nya)?\b(?=\s*(?:\p{Lu}|[,.]))/u,
  /\b\p{Lu}\p{Ll}+ (?:said|says|told|added|stressed|noted)\b/u,
]
/**
 * A news agency passing on a statement it received: "Berdasarkan keterangan resmi Biro Pers … yang
 * diterima di Jakarta", "according to a statement released by …", "据外交部网站消息". A release is
 * the statement itself: it may mention a joint press statement ("Dalam pernyataan pers bersama, Presiden
 * menyatakan …"), but never says it is passing one on.
 */
const STATEMENT_RETOLD =
  /\b(?:berdasarkan|menurut|mengutip)\s+(?:keterangan|siaran|rilis)\s+(?:resmi|tertulis|pers)\b|\baccording to (?:a|the) (?:statement|press release|readout)\b|\bin a (?:statement|press release) (?:received|released|sent)\b|据[^，。,]{1,20}(?:消息|通报|通報)/iu
/** The spokesperson retold as "he" or "she": "他又宣布", "she added". */
const PRONOUN_REPORTING = /(?:^|[，,。；;\s])(?:他|她)(?:又|还|還|也|再)?(?:宣布|表示|指出|說|说|強調|强调|補充|补充)|\b(?:he|she) (?:said|added|noted|stressed|announced)\b|\b(?:ia|dia) (?:mengatakan|menambahkan|menegaskan)\b/iu
/** "TEMPO.CO, Jakarta -", "Jakarta - …", "Jakarta (ANTARA) -", "BEIJING (Reuters) -", "…9月5日电", "【环球网报道】", "by Name (". */
const WIRE_DATELINE =
  /^[A-Z][A-Z.]{2,}(?:\.CO)?,\s*\p{L}+\s*[-–—]\s|^\p{Lu}\p{L}+\s[-–—]\s\p{Lu}|^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?,?\s*\(\p{Lu}[\p{L}.]{1,15}(?:[ /]\p{Lu}[\p{L}.]{0,15})?\)\s*[-–—]\s|\d{1,2}月\d{1,2}日[电電]|^【[^】]{2,40}(?:报道|報道)[^】]*】|^by \p{Lu}[\p{L} ]+\(/u
/** Chrome that newspapers carry and ministries do not. */
const NEWS_CHROME = new Set(['byline', 'dateline', 'publication line', 'copyright', 'view count', 'related link', 'advertisement'])

/**
 * The ministry named as the text's source: its own dateline ("(Jakarta-MFA).", "(Kemlu)") or a
 * source credit ("Source : Ministry of Foreign Affairs", "(Sumber: Kementerian Luar Negeri)",
 * "來源: 外交部網站"). Such a text is the ministry's release reposted, and a release retells its
 * minister in the third person ("she said", "Wang Yi said"): that is not a newspaper's reporting.
 */
const MINISTRY = String.raw`(?:the\s+)?(?:ministry of foreign affairs|kementerian luar negeri|kemlu|kemenlu|mfa|外交部)`
const OFFICIAL_DATELINE = new RegExp(String.raw`^\(\s*(?:\p{Lu}\p{L}+\s*[-–]\s*)?(?:MFA|Kemlu|Kemenlu)\s*\)`, 'u')
const SOURCE_CREDIT = new RegExp(
  // Also the bare credit Chinese portals end a repost with: "(外交部网站)", "（外交部網站）".
  String.raw`(?:^|[(（\s])(?:source|sumber|来源|來源)\s*[:：]\s*${MINISTRY}|[(（]\s*外交部(?:网站|網站|官网|官網)\s*[)）]`,
  'iu',
)

const isOfficialRepost = (paragraphs: ClassifiedParagraph[], dropped: DroppedLine[]): boolean =>
  paragraphs.some((p) => OFFICIAL_DATELINE.test(p.text) || SOURCE_CREDIT.test(p.text.slice(-200))) ||
  dropped.some((d) => SOURCE_CREDIT.test(d.text))

type Marker = { line: number; what: string }

const first = (paragraphs: ClassifiedParagraph[], test: (text: string) => RegExpExecArray | null): Marker | null => {
  for (const { line, text } of paragraphs) {
    const match = test(text.slice(0, 3000))
    if (match) return { line, what: quote(match[0]) }
  }
  return null
}

/** A question answered by a spokesperson somewhere in the text: then it is a transcript, however it is dressed. */
export const hasExchange = (paragraphs: ClassifiedParagraph[]): boolean => {
  let asked = false
  for (const p of paragraphs) {
    if (p.label?.role === 'question') asked = true
    else if (asked && p.label?.role === 'answer') return true
  }
  return false
}

export const newsArticleReason = (paragraphs: ClassifiedParagraph[], dropped: DroppedLine[]): ParseIssue | null => {
  if (hasExchange(paragraphs)) return null
  const reporting = [...THIRD_PERSON, STATEMENT_RETOLD].map((pattern) => first(paragraphs, (t) => pattern.exec(t))).find((m): m is Marker => m !== null) ?? null
  const asked = first(paragraphs, (t) => REPORTER_ASKED.exec(t))
  if (!reporting && !asked) return null
  const wire = first(paragraphs, (t) => WIRE_DATELINE.exec(t))
  // The ministry's own text reposted: only a wire dateline or a retold reporter's question still says news.
  if (!wire && !asked && isOfficialRepost(paragraphs, dropped)) return null
  const chrome = dropped.find((d) => NEWS_CHROME.has(d.kind))
  const pronoun = first(paragraphs, (t) => PRONOUN_REPORTING.exec(t))
  // One sign is not enough: a release may quote its minister ("…," ujar Menlu) and a portal may add a byline.
  const signs = [
    reporting && `third-person reporting (${reporting.what} on line ${reporting.line})`,
    asked && `a reporter's question retold (${asked.what} on line ${asked.line})`,
    wire && `a wire dateline or byline (${wire.what} on line ${wire.line})`,
    chrome && `newspaper furniture (${chrome.kind} ${quote(chrome.text)} on line ${chrome.line})`,
    pronoun && `the speaker retold as he or she (${pronoun.what} on line ${pronoun.line})`,
  ].filter((s): s is string => Boolean(s))
  if (signs.length < 2) return null
  return {
    line: Math.min(...[reporting, asked, wire].filter((m): m is Marker => m !== null).map((m) => m.line)),
    message: `Not imported: this reads like a news article: ${signs.join('; ')}, and no question is answered under a spokesperson label. Import the official transcript or release instead.`,
  }
}

const BULLET = /^[•·*▪◦]\s/u
const PRESS_CONFERENCE = /press (?:conference|briefing)|[记記]者[会會]|konferensi pers/iu
const QUOTE_PAGE = /\bwikiquote\b|^quotes(?:\[edit\])?$/iu

export const quoteCollectionReason = (paragraphs: ClassifiedParagraph[]): ParseIssue | null => {
  if (hasExchange(paragraphs)) return null
  const bullets = paragraphs.filter((p) => BULLET.test(p.text))
  const page = paragraphs.find((p) => QUOTE_PAGE.test(p.text))
  // Sources cited in quotation marks ("“Foreign Ministry Spokesperson …’s Regular Press Conference on …”").
  const citesConferences = paragraphs.some((p) => /^["“]/u.test(p.text) && PRESS_CONFERENCE.test(p.text))
  // A release may have a bulleted list; bullets alone are not quotations.
  if (bullets.length === 0 || !(page || (bullets.length >= 3 && citesConferences))) return null
  const line = (page ?? bullets[0])?.line ?? 1
  const signs = [page && `${quote(page.text)} on line ${page.line}`, bullets.length && `${bullets.length} bulleted quotations`].filter(Boolean)
  return {
    line,
    message: `Not imported: this reads like a collection of quotes (${signs.join(', ')}): sayings lifted from several press conferences, with no questions and no date of its own. Import the transcripts they come from instead.`,
  }
}

const SALUTATION =
  /^(?:your excellenc(?:y|ies)|excellenc(?:y|ies)|ladies and gentlemen|distinguished (?:guests|delegates)|dear (?:colleagues|friends)|colleagues from the (?:media|press)|yang (?:mulia|terhormat)|bapak-bapak|hadirin|尊敬的|女士们|各位来宾)\b/iu
const SPEECH_TITLE = /speaking notes|\bremarks (?:by|of|at)\b|\bspeech (?:by|of|at)\b|\bpress statement by\b|\bpidato\b|\bsambutan\b|\bpernyataan pers menteri\b|讲话|講話|致辞|致辭|演讲/iu

/** A speech or speaking notes: offered as a release (its text is the minister's), never as a briefing. */
export const speechReason = (paragraphs: ClassifiedParagraph[]): string | null => {
  if (hasExchange(paragraphs)) return null
  const top = paragraphs.slice(0, 6)
  const salutation = top.find((p) => SALUTATION.test(p.text))
  if (salutation) return `it opens with a salutation (${quote(salutation.text)} on line ${salutation.line})`
  // "Remarks by the Spokesperson …" is a spokesperson's statement, read as one elsewhere.
  const title = top.slice(0, 2).find((p) => p.kind !== 'text' && p.kind !== 'label' && SPEECH_TITLE.test(p.text) && !SPOKESPERSON_WORD.test(p.text))
  return title ? `its title names a speech (${quote(title.text)} on line ${title.line})` : null
}
