import { wordSet } from './language'

/**
 * Page furniture that reposts carry around a text: reading time, a dateline with WIB, image
 * captions, bylines, share buttons, "Baca juga" links, copyright lines, 【打印】【关闭】.
 * Chrome lines are short, so every pattern runs on at most a few hundred characters.
 */

const MAX_CHROME_LENGTH = 300

const READING_TIME =
  /^(?:\d{1,3}\s*(?:menit|min(?:ute)?s?)\s*(?:membaca|baca|read|reading)|(?:waktu baca|reading time|lama baca|阅读时间|阅读需要)\s*[:：]?\s*\d{1,3}\s*\S{0,10})$/iu
const WIB_TIME = /\b(?:WIB|WITA|WIT)\b/
const CLOCK = /\d{1,2}[:.]\d{2}/
const CAPTION_OR_BYLINE =
  /^(?:foto|photo|image|gambar|ilustrasi|caption|keterangan foto|sumber foto|图|图片|penulis|editor|redaktur|pewarta|author|written by|oleh|编辑|责任编辑|作者|来源|sumber|source|tags?|topik|kata kunci|keywords?|文章来源)\s*[:：|]/iu
const BY_NAME = /^(?:by|oleh)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u
const REPORTER_BYLINE =
  /^(?:reporter|wartawan|jurnalis|kontributor)\s*[:：]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*[|/]\s*[^?？]{0,60})?$/u
const READ_ALSO =
  /^(?:baca juga|read also|read more|see also|related|berita terkait|artikel terkait|simak juga|相关新闻|相关阅读|延伸阅读)(?:\s*[:：]|$)/iu
const COPYRIGHT = /^©|^\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|hak cipta|版权所有/iu
const VIEWS =
  /^(?:(?:dibaca|views?|viewed|浏览|阅读量|阅读次数)\s*[:：]?\s*\d[\d.,]*\s*(?:kali|times|次)?|\d[\d.,]*\s*(?:views|kali dibaca|次浏览))$/iu
const BREADCRUMB = /^(?:(?:home|beranda|首页)(?:\s*[>»›]\s*[^>»›]{1,60}){1,6}|(?:您的位置|当前位置)\s*[:：].*)$/iu
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i
const FONT_SIZE = /^【?(?:字号|字体)\s*[:：]/u

const SHARE_WORDS = wordSet(
  'share|shares|this|article|bagikan|artikel|ini|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|' +
    'line|email|e-mail|print|cetak|copy|link|salin|tautan|back|to|top|kembali|ke|atas|advertisement|' +
    'iklan|scroll|continue|with|content|loading...|comments|comment|komentar|打印|关闭|打印本页|关闭窗口|分享|分享到|微信|' +
    '微博|返回顶部|qq|大|中|小',
)
/** Words that only appear in chrome; a line of SHARE_WORDS needs at least one of them. */
const SHARE_ANCHORS = wordSet(
  'share|bagikan|tweet|facebook|twitter|whatsapp|telegram|linkedin|print|cetak|advertisement|iklan|' +
    'scroll|loading...|komentar|comments|打印|关闭|打印本页|关闭窗口|分享|分享到|返回顶部',
)

const isShareLine = (text: string): boolean => {
  const tokens = text
    .toLowerCase()
    .replace(/[【】[\]()（）:：]/g, ' ')
    .split(/[\s|·•/,]+/)
    .filter(Boolean)
  return tokens.length > 0 && tokens.length <= 12 && tokens.every((t) => SHARE_WORDS.has(t)) && tokens.some((t) => SHARE_ANCHORS.has(t))
}

/** What kind of chrome a line is, for the warning, or null for real text. */
export const chromeKind = (text: string): string | null => {
  if (text.length > MAX_CHROME_LENGTH) return null
  if (READING_TIME.test(text)) return 'reading time'
  if (text.length <= 80 && WIB_TIME.test(text) && CLOCK.test(text)) return 'dateline'
  if (CAPTION_OR_BYLINE.test(text) || BY_NAME.test(text))
    return /^(?:foto|photo|image|gambar|ilustrasi|caption|keterangan|sumber foto|图)/iu.test(text) ? 'image caption' : 'byline'
  if (text.length <= 80 && REPORTER_BYLINE.test(text)) return 'byline'
  if (READ_ALSO.test(text)) return 'related link'
  if (COPYRIGHT.test(text)) return 'copyright'
  if (VIEWS.test(text)) return 'view count'
  if (BREADCRUMB.test(text)) return 'breadcrumb'
  if (URL_ONLY.test(text)) return 'link'
  if (FONT_SIZE.test(text)) return 'font-size buttons'
  if (isShareLine(text)) return 'share buttons'
  return null
}
