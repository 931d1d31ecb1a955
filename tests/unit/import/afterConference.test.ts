import { parseText } from '@/lib/import/1-parse/parse'

const zh = [
  '2024年9月3日外交部发言人毛宁主持例行记者会',
  '总台央视记者：中方对此次论坛有何期待？',
  '毛宁：我们期待论坛取得积极成果。',
  '会后有记者问及：据报道，某国将派团访华。你能否证实？',
  '毛宁：我们愿同各方保持沟通。',
].join('\n')

const en = [
  'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on September 3, 2024',
  'CCTV: What does China expect from the forum?',
  'Mao Ning: We look forward to positive outcomes.',
  'The following question was raised after the press conference.',
  'Q: A delegation is reportedly coming to China. Can you confirm?',
  'A: We stay in communication with all parties.',
].join('\n')

describe('questions asked after the press conference', () => {
  test('a Chinese "会后有记者问及：" question is an item of its own, flagged, not part of the previous answer', () => {
    const [document] = parseText(zh).documents
    expect(document?.items.map((i) => [i.question.zh, i.answer.zh, i.askedAfterConference])).toEqual([
      ['中方对此次论坛有何期待？', ['我们期待论坛取得积极成果。'], undefined],
      ['据报道，某国将派团访华。你能否证实？', ['我们愿同各方保持沟通。'], true],
    ])
  })

  test('the English note flags the question after it and is not kept as answer text', () => {
    const [document] = parseText(en).documents
    expect(document?.items.map((i) => [i.question.en, i.answer.en, i.askedAfterConference])).toEqual([
      ['What does China expect from the forum?', ['We look forward to positive outcomes.'], undefined],
      ['A delegation is reportedly coming to China. Can you confirm?', ['We stay in communication with all parties.'], true],
    ])
  })

  test('so the zh and en versions of one conference have the same item count', () => {
    expect(parseText(zh).documents[0]?.items).toHaveLength(parseText(en).documents[0]?.items.length ?? -1)
  })
})
