import { wordSet } from './language'

const SIGN_OFF_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember'

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
  /^(?:foto|photo|image|gambar|ilustrasi|caption|keterangan foto|sumber foto|photo source|image source|article source|图|图片|penulis|editor|redaktur|pewarta|author|written by|oleh|编辑|編輯|责任编辑|責任編輯|作者|来源|來源|sumber|source|tags?|topik|kata kunci|keywords?|文章来源|文章來源)\s*[:：|]/iu
const BY_NAME = /^(?:by|oleh)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u
const REPORTER_BYLINE =
  /^(?:reporter|wartawan|jurnalis|kontributor)\s*[:：]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*[|/]\s*[^?？]{0,60})?$/u
/** A link to more, or the heading of the site's list of other articles ("Berita Terbaru", "Latest News", "最新新闻"). */
const READ_ALSO =
  /^(?:baca juga|read also|read more|see also|related|berita terkait|artikel terkait|simak juga|selengkapnya|相关新闻|相关阅读|延伸阅读|相關推薦|相关推荐|推荐视频|berita terbaru|berita lainnya|berita populer|berita terpopuler|latest news|more news|related news|related articles|最新新闻|最新新聞|热门新闻|熱門新聞|相关文章|相關文章)(?:\s*[:：]|$)/iu
const COPYRIGHT = /^©|^\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|hak cipta|版权所有|^版权声明|^版權宣告|^转载请注明|^轉載請註明|^特别声明[:：]|^免责声明/iu
/**
 * Photo captions as reposts render them: "…-Image-1", "Zhao Lijian - Image from …", "[新华社 李鑫 摄]", "…(1)", "… (Xinhua/Li Xin)",
 * and a caption that ends with its photo credit, "… Rabu (21/10) pagi. (Foto: Humas/Agung)".
 */
const IMAGE_CAPTION = /[(（](?:Xinhua|新华社|新華社|AP|AFP|Reuters|EPA|CNS|中新社|Photo)\s*[/／]\s*[^)）]{1,40}[)）]$|[(（]\s*(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Gg]ambar|图|圖)\s*[:：][^)）]{1,40}[)）]$|-Image-\d+$|\s-\sImage from\s|^资料图[:：]|^資料圖[:：]|[\[【（(][^\]】）)]{0,20}摄[\]】）)]$|^[^。.!?！？:：]{1,60}[（(]\d{1,2}[)）]$/u
/** Buttons and counters with no words of their own: "Print", "Suggest to a friend", "分享至", a share count "0". */
const PAGE_CONTROL =
  /^(?:suggest to a friend|扫一扫在手机打开当前页|掃一掃在手機打開當前頁|lama baca|print|print this page|close|close window|close search window|bagikan|download app|hide ads|下载app|手机版|登录|分享至|点赞|收藏|订阅|历史|用手机看|扫码带走|个人中心|退出登录|扫描二维码下载app|无障碍浏览.*|\d{1,6}|[|⁺\-–—•·]+)$/iu
/** The publisher's name alone on a line above the title of a syndicated copy. */
const SITE_NAME = /^(?:(?:the )?ministry of foreign affairs(?: of the people'?s republic of china)?|中华人民共和国外交部|中華人民共和國外交部|kementerian luar negeri(?: republik indonesia| ri)?)$/iu
/** A pager ("【 第1页 第2页 第3页 】") or a spaced-out print button ("】 【打 印】"). */
const PAGER = /^[【\[]?\s*(?:第\s*\d+\s*页\s*)+[】\]]?$|^[】\]]?\s*[【\[]\s*打\s*印\s*[】\]]$|^(?:上一页|下一页|首页|尾页|\s)+$/u
/** "http://www.CRNTT.com   2021-06-22 00:27:01": the page's address and timestamp. */
const URL_AND_TIME = /^(?:https?:\/\/|www\.)\S+\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/iu
/** "日期:12-21" and a row of run-together tags under a portal heading. */
const SHORT_DATE_LINE = /^(?:日期|时间|時間)\s*[:：]\s*\d{1,2}-\d{1,2}$/u
const LOGIN_FORM = /用户名\s*[:：].*密码|username\s*:.*password/iu
/** Also an auto-blog's ad placeholder left in the text: "[ad_1]". */
const ADVERTISEMENT = /^baca berita dengan sedikit iklan|^advertisement$|^iklan$|^\[ad_\d{1,2}\]$/iu
/** A syndication or publication line: "04/30/2024 | News release | Distributed by Public on …", "发布时间:2018-11-07 16:08 | 来源:…". */
const PUBLICATION_LINE = /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:来源|來源|source)\s*[:：]|\|\s*news release\s*\||distributed by public on|^(?:发布时间|發布時間|发布日期|时间)\s*[:：]\s*\d{4}|^oleh\s+\S+\s+dipublikasikan pada/iu
/** "Published on Jan 13, 2020", "Posted 13 January 2020, 10:05": a page's own line, nothing but the date. */
const PUBLISHED_ON =
  /^(?:published|posted)(?: on)?:?\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ ,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/iu
const EDITOR_LINE = /^[(（【]\s*(?:编辑|編輯|责任编辑|責任編輯|来源|來源)\s*[:：][^)）】]{0,40}[)）】]$|(?:^|\s)(?:责任编辑|責任編輯)\s*[:：]\s*\S{1,12}$|^(?:kategori|laporan)\s*[:：]|\s-\s(?:detik\w*|kompas\.com|liputan6\.com)$/iu
const VIEWS =
  /^(?:(?:访问量|訪問量|阅读量|閱讀量|浏览量|瀏覽量|人气|人氣)\s*[:：]\s*\d*|(?:dibaca|views?|viewed|浏览|阅读量|阅读次数)\s*[:：]?\s*\d[\d.,]*\s*(?:kali|times|次)?|\d[\d.,]*\s*(?:views|kali dibaca|次浏览))$/iu
const BREADCRUMB = /^(?:(?:home|beranda|首页)(?:\s*[>»›]\s*[^>»›]{1,60}){1,6}|(?:您的位置|您当前所在位置|当前所在位置|当前位置|當前位置|您現在的位置|您现在的位置)\s*[:：].*)$/iu
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i
const FONT_SIZE = /^[【[]?\s*(?:字号|字號|字体|字體|大字体)\s*[:：]?\s*(?:大|[【[])|^[【[]?\s*(?:字号|字號|字体|字體)\s*[:：]/u
/** A blog's comment form under a reposted text. */
const COMMENT_FORM =
  /^(?:leave a (?:reply|comment)|post a comment|no comments:?|fill in your details below or click an icon to log in.*|you are commenting using your .{0,20}account\..*|(?:google|twitter|facebook|wordpress\.com) photo)$/iu
/**
 * A release's sign-off without a year: "Jakarta, 21 February, 00.35". A place, a day and month (and
 * a time), nothing else. With a year it stays a date line, which dates the text.
 */
const SIGN_OFF = new RegExp(
  `^\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?,\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${SIGN_OFF_MONTHS})(?:,?\\s*\\d{1,2}[.:]\\d{2})?$`,
  'u',
)

const SHARE_WORDS = wordSet(
  'share|shares|this|article|bagikan|artikel|ini|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|' +
    'line|email|e-mail|print|cetak|copy|link|salin|tautan|back|to|top|kembali|ke|atas|advertisement|' +
    'iklan|scroll|continue|with|content|loading...|comments|comment|komentar|打印|关闭|打印本页|关闭窗口|分享|分享到|微信|' +
    '微博|返回顶部|qq|大|中|小|字体|字號|字号|大字体|小字体|suggest|a|friend|扫码带走|wechat|weibo|-',
)
/** Words that only appear in chrome; a line of SHARE_WORDS needs at least one of them. */
const SHARE_ANCHORS = wordSet(
  'share|bagikan|tweet|facebook|twitter|whatsapp|telegram|linkedin|print|cetak|advertisement|iklan|' +
    'scroll|loading...|komentar|comments|打印|关闭|打印本页|关闭窗口|分享|分享到|返回顶部|字体|字号|字號|大字体|suggest',
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
  if (IMAGE_CAPTION.test(text)) return 'image caption'
  if (PAGE_CONTROL.test(text) || LOGIN_FORM.test(text)) return 'page controls'
  if (SITE_NAME.test(text)) return 'site name'
  if (ADVERTISEMENT.test(text)) return 'advertisement'
  if (text.length <= 200 && (PUBLICATION_LINE.test(text) || URL_AND_TIME.test(text) || PUBLISHED_ON.test(text))) return 'publication line'
  if (PAGER.test(text)) return 'page controls'
  if (SHORT_DATE_LINE.test(text)) return 'dateline'
  if (text.length <= 80 && EDITOR_LINE.test(text)) return 'byline'
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
  if (COMMENT_FORM.test(text)) return 'comment form'
  if (text.length <= 60 && SIGN_OFF.test(text)) return 'sign-off'
  if (isShareLine(text)) return 'share buttons'
  return null
}

/**
 * A credit or an editor's tag a portal prints at the end of a text's last line, after its last
 * sentence: "…会见了贝尔纳。(外交部网站) 【编辑:黄钰涵】". The whole line then read as the ministry
 * signing the text and was set aside, sentence included.
 */
const TRAILING_TAG = /\s*(?:[(（]\s*外交部(?:网站|網站|官网|官網)\s*[)）]|【\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：][^】]{1,20}】|[(（]\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：][^)）]{1,20}[)）])\s*$/u

/** The line without the credits and editor's tags at its end (`tags`, in reading order); the line unchanged when it is nothing else. */
export const withoutTrailingTags = (text: string): { text: string; tags: string[] } => {
  const tags: string[] = []
  let rest = text
  for (let match = TRAILING_TAG.exec(rest); match && match.index > 0; match = TRAILING_TAG.exec(rest)) {
    tags.unshift(match[0].trim())
    rest = rest.slice(0, match.index)
  }
  return { text: rest, tags }
}
