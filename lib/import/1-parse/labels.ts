import { wordSet } from './language'
import { type Directory, outletFromChineseLabel } from './names'
import type { KnownPerson } from './types'

/**
 * Speaker labels at the start of a paragraph: "CCTV:", "总台央视记者：", "Reporter:", "Mao Ning:",
 * and, for known names only, the same without their colon ("CCTV You just announced …").
 */
export type SpeakerLabel = {
  role: 'question' | 'answer'
  /** The label as written, e.g. "《人民日报》记者" or "Mao Ning". */
  raw: string
  /** Outlet as written for questions ('' for a generic reporter); the person's name as written for answers. */
  name: string
  outletSlug: string | null
  person: KnownPerson | null
  isKnown: boolean
  hasColon: boolean
  /** The paragraph without its label. */
  text: string
}

const GENERIC_QUESTION = wordSet('reporter|wartawan|journalist|jurnalis|question|q|pertanyaan|tanya|记者|問|记者|記者|问')
const FOLLOW_UP_LABELS = wordSet('follow-up|follow up|followup|pertanyaan lanjutan|追问')
const GENERIC_ANSWER = wordSet('answer|a|jawaban|jawab|答|spokesperson|juru bicara|jubir|发言人|發言人')

/** Capitalised words that end in a colon in ordinary prose or page furniture, never an outlet. */
const NOT_OUTLETS = wordSet(
  "note|notes|nb|ps|p.s.|source|sources|sumber|catatan|update|updated|editor|editors|editor's note|" +
    'penulis|foto|photo|image|caption|keterangan|tags|tag|topik|topic|topics|share|bagikan|read more|' +
    'related|date|tanggal|time|waktu|title|judul|lokasi|location|place|tempat|copyright|email|e-mail|tel|' +
    'telp|fax|phone|website|url|link|subject|from|to|cc|contact|kontak|ladies and gentlemen|dear friends|' +
    'attention|warning|important|summary|ringkasan|background|latar belakang|example|contoh|first|second|' +
    'third|finally|pertama|kedua|ketiga|terakhir|however|namun|yes|no|ya|tidak|thank you|terima kasih',
)

const CONNECTORS = wordSet('of|the|and|de|la|le|du|des|di|dan|dari|for|&|al|el|von|van|der|y|e')

const ROLE_PREFIX = /^(?:(?:foreign ministry |mfa )?spokesperson|juru bicara(?: kementerian luar negeri)?|jubir|(?:外交部)?[发發]言人)\s*/iu

const COLON_LABEL = /^([^:：\n]{1,60})[:：][ \t\u3000]*/u
const CHINESE_REPORTER = /^《?[^\s，。：:？！、,.;；]{1,20}?》?\s?[记記]者$/u
/** "CCTV reporter:" in machine-translated reposts: the outlet with the Chinese 记者 carried over. */
const LATIN_REPORTER = /^(.{2,40}?)\s+(?:reporter|correspondent|journalist)$/iu
const LATIN_WORD = /^[\p{Script=Latin}\d.&'’-]+$/u

/** A short outlet-like name: ≤ 6 capitalised words, ≤ 40 characters, no sentence punctuation. */
export const isOutletLikeLabel = (label: string): boolean => {
  if (label.length > 40 || !/^[\p{Lu}\d]/u.test(label)) return false
  if (/[,;!?()[\]"“”。，？！；]/u.test(label) || /\.\s/.test(label)) return false
  const words = label.split(/\s+/)
  if (words.length > 6) return false
  if (NOT_OUTLETS.has(label.toLowerCase())) return false
  return words.every((word) => LATIN_WORD.test(word) && (/^[\p{Lu}\d]/u.test(word) || CONNECTORS.has(word.toLowerCase())))
}

type Resolved = Pick<SpeakerLabel, 'role' | 'name' | 'outletSlug' | 'person' | 'isKnown'>

/** What a label names; null when it is not a label. */
const resolveLabel = (raw: string, directory: Directory): Resolved | null => {
  const key = raw.toLowerCase()
  if (GENERIC_QUESTION.has(key) || FOLLOW_UP_LABELS.has(key))
    return { role: 'question', name: '', outletSlug: null, person: null, isKnown: true }
  const person = directory.findPerson(raw) ?? directory.findPerson(raw.replace(ROLE_PREFIX, ''))
  if (person) return { role: 'answer', name: raw.replace(ROLE_PREFIX, ''), outletSlug: null, person, isKnown: true }
  if (GENERIC_ANSWER.has(key)) return { role: 'answer', name: '', outletSlug: null, person: null, isKnown: true }
  const outlet = directory.findOutlet(raw)
  const isChineseReporter = CHINESE_REPORTER.test(raw)
  if (outlet)
    return {
      role: 'question',
      name: isChineseReporter ? outletFromChineseLabel(raw) : raw,
      outletSlug: outlet.slug,
      person: null,
      isKnown: true,
    }
  if (isChineseReporter) return { role: 'question', name: outletFromChineseLabel(raw), outletSlug: null, person: null, isKnown: false }
  const latinReporter = LATIN_REPORTER.exec(raw)?.[1]
  if (latinReporter && (directory.findOutlet(latinReporter) || isOutletLikeLabel(latinReporter))) {
    return { role: 'question', name: latinReporter, outletSlug: directory.findOutlet(latinReporter)?.slug ?? null, person: null, isKnown: false }
  }
  if (isOutletLikeLabel(raw)) return { role: 'question', name: raw, outletSlug: null, person: null, isKnown: false }
  return null
}

/** Transcripts repeat the same few labels hundreds of times; resolve each once per directory. */
const resolved = new WeakMap<Directory, Map<string, Resolved | null>>()

const resolveCached = (raw: string, directory: Directory): Resolved | null => {
  let cache = resolved.get(directory)
  if (!cache) resolved.set(directory, (cache = new Map()))
  const hit = cache.get(raw)
  if (hit !== undefined) return hit
  const result = resolveLabel(raw, directory)
  if (cache.size < 10_000) cache.set(raw, result)
  return result
}

/** A list number before a label: "1.总台国广记者：", "2、", "(3)". */
const LIST_NUMBER = /^(?:\d{1,3}\s*[.、．)）]|[(（]\d{1,3}[)）])\s*/u

/**
 * What a numbered label names. Numbered headings are common in releases ("1. Economic Cooperation:
 * …"), so after a number only a label that says it is one counts: a known outlet or person, a
 * generic "Q:"/"问：", or a reporter label ("…记者：", "… reporter:").
 */
const resolveNumbered = (raw: string, directory: Directory): Resolved | null => {
  const number = LIST_NUMBER.exec(raw)
  if (!number) return null
  const name = raw.slice(number[0].length)
  const label = name ? resolveCached(name, directory) : null
  if (!label) return null
  return label.isKnown || CHINESE_REPORTER.test(name) || LATIN_REPORTER.test(name) ? label : null
}

const readColonLabel = (text: string, directory: Directory): SpeakerLabel | null => {
  const match = COLON_LABEL.exec(text.length > 80 ? text.slice(0, 80) : text)
  if (!match) return null
  const raw = (match[1] ?? '').trim()
  if (!raw) return null
  const rest = text.slice(match[0].length).trim()
  if (/\d$/.test(raw) && /^\d/.test(rest)) return null
  const label = LIST_NUMBER.test(raw) ? resolveNumbered(raw, directory) : resolveCached(raw, directory)
  if (!label) return null
  // "PRESIDEN: TINGKATKAN HUBUNGAN …": a headline in capitals, not an unknown outlet asking.
  if (!label.isKnown && rest.length >= 10 && /\p{Lu}/u.test(rest) && !/\p{Ll}/u.test(rest)) return null
  const { role, name, outletSlug, person, isKnown } = label
  return { role, raw, name, outletSlug, person, isKnown, hasColon: true, text: rest }
}

const isCjk = (char: string): boolean => /[\u3400-\u9fff]/u.test(char)

/** Text after a known name with no colon: a space, then a new sentence (capital, CJK, digit or quote). */
const restAfterName = (text: string, name: string): string | null => {
  if (!text.startsWith(name)) return null
  const after = text.slice(name.length)
  const gap = /^[ \t\u3000]+/.exec(after)
  if (!gap) return null
  const rest = after.slice(gap[0].length)
  const first = rest.charAt(0)
  if (!first) return null
  const lastOfName = name.charAt(name.length - 1)
  if (isCjk(lastOfName)) return rest
  return /[\p{Lu}\d“"‘'«]/u.test(first) || isCjk(first) ? rest : null
}

const readBareLabel = (text: string, directory: Directory): SpeakerLabel | null => {
  const first = text.charAt(0)
  if (!directory.personNames.some((n) => n.startsWith(first)) && !directory.outletNames.some((n) => n.startsWith(first)) && first !== '《')
    return null
  for (const name of directory.personNames) {
    const rest = restAfterName(text, name)
    if (rest === null) continue
    const person = directory.findPerson(name)
    return { role: 'answer', raw: name, name, outletSlug: null, person, isKnown: true, hasColon: false, text: rest.trim() }
  }
  for (const name of directory.outletNames) {
    for (const written of [`《${name}》记者`, `${name}记者`, name]) {
      const rest = restAfterName(text, written)
      if (rest === null) continue
      const outlet = directory.findOutlet(name)
      return {
        role: 'question',
        raw: written,
        name,
        outletSlug: outlet?.slug ?? null,
        person: null,
        isKnown: true,
        hasColon: false,
        text: rest.trim(),
      }
    }
  }
  return null
}

/** A short name, in any case: "The document" (The Paper translated word by word), "凤凰卫视". */
const isShortName = (name: string): boolean => {
  if (NOT_OUTLETS.has(name.toLowerCase()) || /[,;!?()[\]"“”。，？！；、]/u.test(name) || /\.\s/u.test(name)) return false
  if (/^[\u3400-\u9fff《》]{2,12}$/u.test(name)) return true
  const words = name.split(/\s+/u)
  return name.length <= 30 && words.length <= 4 && /^[\p{Lu}\d]/u.test(name) && words.every((word) => LATIN_WORD.test(word))
}

/**
 * "The document: Early today, … Do you have any comments?" directly followed by the spokesperson's
 * answer: a question from an outlet whose name no rule knows (a machine translation lowercased it).
 * Only its place tells, so the caller checks that an answer follows; here the name must be short
 * and the text must ask something.
 */
export const readQuestionBeforeAnswer = (text: string): SpeakerLabel | null => {
  const match = COLON_LABEL.exec(text.length > 80 ? text.slice(0, 80) : text)
  const raw = (match?.[1] ?? '').trim()
  if (!match || !raw || !isShortName(raw)) return null
  const rest = text.slice(match[0].length).trim()
  if (!/[?？]/u.test(rest)) return null
  return { role: 'question', raw, name: raw, outletSlug: null, person: null, isKnown: false, hasColon: true, text: rest }
}

export const readLabel = (text: string, directory: Directory): SpeakerLabel | null =>
  readColonLabel(text, directory) ?? readBareLabel(text, directory)

/** Only the colon form, for places where a bare name is too weak a signal. */
export const readColonLabelOnly = readColonLabel
