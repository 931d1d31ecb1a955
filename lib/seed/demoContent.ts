import type { Locale } from '@/lib/i18n/locales'

import {
  answerId,
  briefingDateLineId,
  briefingTitleId,
  questionId,
  releaseBodyId,
} from './foundingDocumentId'

/**
 * The demo newsroom: the founding document (an Indonesian press release of 3 September 2024 and
 * a spokesperson briefing excerpt of the same day), with Chinese and English translations written
 * for Warta. Official names keep their fixed renderings (马朝旭 = Ma Zhaoxu, 毛宁 = Mao Ning,
 * 联合国 = Perserikatan Bangsa-Bangsa = United Nations).
 */

export type Localized<T> = Record<Locale, T>

export type DemoPerson = { slug: string; name: Localized<string>; role: Localized<string> }
export type DemoOutlet = { slug: string; name: Localized<string>; aliases: string[] }
export type DemoTopic = { slug: string; name: Localized<string> }
export type DemoTerm = { slug: string; kind: 'body' | 'place' | 'title' | 'phrase'; name: Localized<string>; aliases: string[] }

export const demoPeople: DemoPerson[] = [
  {
    slug: 'mao-ning',
    name: { id: 'Mao Ning', zh: '毛宁', en: 'Mao Ning' },
    role: {
      id: 'Juru Bicara Kementerian Luar Negeri',
      zh: '外交部发言人',
      en: 'Foreign Ministry Spokesperson',
    },
  },
  {
    slug: 'ma-zhaoxu',
    name: { id: 'Ma Zhaoxu', zh: '马朝旭', en: 'Ma Zhaoxu' },
    role: { id: 'Wakil Menteri Luar Negeri', zh: '外交部副部长', en: 'Vice Foreign Minister' },
  },
]

/**
 * Outlets seen at regular press conferences, with the spellings transcripts use for them. The
 * founding briefing's question comes from an unnamed reporter, so its Q&A item has no outlet;
 * these are the reference list editors and the importer match against.
 */
export const demoOutlets: DemoOutlet[] = [
  {
    slug: 'cctv',
    name: { id: 'CCTV', zh: '总台央视', en: 'CCTV' },
    aliases: ['CCTV', '总台央视', '中央广播电视总台', '央视', 'China Media Group', 'CMG'],
  },
  {
    slug: 'xinhua',
    name: { id: 'Kantor Berita Xinhua', zh: '新华社', en: 'Xinhua News Agency' },
    aliases: ['Xinhua', 'Xinhua News Agency', 'Kantor Berita Xinhua', '新华社'],
  },
  {
    slug: 'reuters',
    name: { id: 'Reuters', zh: '路透社', en: 'Reuters' },
    aliases: ['Reuters', '路透社'],
  },
  {
    slug: 'afp',
    name: { id: 'AFP', zh: '法新社', en: 'AFP' },
    aliases: ['AFP', 'Agence France-Presse', '法新社'],
  },
]

export const demoTopics: DemoTopic[] = [
  {
    slug: 'artificial-intelligence',
    name: { id: 'Kecerdasan buatan', zh: '人工智能', en: 'Artificial intelligence' },
  },
  {
    slug: 'united-nations',
    name: { id: 'Perserikatan Bangsa-Bangsa', zh: '联合国', en: 'United Nations' },
  },
]

/** Official names besides people, outlets and topics: the glossary translators are checked against. */
export const demoGlossary: DemoTerm[] = [
  {
    slug: 'ministry-of-foreign-affairs',
    kind: 'body',
    name: { id: 'Kementerian Luar Negeri', zh: '外交部', en: 'Ministry of Foreign Affairs' },
    aliases: ['Foreign Ministry', 'Kemlu'],
  },
  { slug: 'global-south', kind: 'phrase', name: { id: 'Global Selatan', zh: '全球南方', en: 'Global South' }, aliases: [] },
  // The topic's name, with the abbreviation English texts use.
  { slug: 'artificial-intelligence', kind: 'phrase', name: { id: 'Kecerdasan buatan', zh: '人工智能', en: 'Artificial intelligence' }, aliases: ['AI'] },
  { slug: 'shanghai', kind: 'place', name: { id: 'Shanghai', zh: '上海', en: 'Shanghai' }, aliases: [] },
]

export const demoRelease = {
  slug: 'ai-capacity-building-workshop-opening',
  eventDate: '2024-09-03T00:00:00.000Z',
  // Published by the ministry on 3 September 2024 (the day only: midnight in Jakarta), long
  // before this demo seeds it: readers are told the ministry's date, not the seeding day.
  originalPublishedAt: '2024-09-02T17:00:00.000Z',
  sourceLocale: 'id' as Locale,
  people: ['ma-zhaoxu'],
  topics: ['artificial-intelligence', 'united-nations'],
  title: {
    id: 'Wakil Menteri Luar Negeri Ma Zhaoxu Menyampaikan Pidato Video pada Pembukaan Seminar Peningkatan Kapasitas Kecerdasan Buatan',
    zh: '外交部副部长马朝旭视频出席人工智能能力建设研讨班开幕式并致辞',
    en: 'Vice Foreign Minister Ma Zhaoxu Delivers Video Remarks at the Opening of the Workshop on AI Capacity-Building',
  },
  summary: {
    id: 'Tiongkok dan PBB bersama-sama menyelenggarakan seminar peningkatan kapasitas kecerdasan buatan di Shanghai bagi pejabat dan pakar dari hampir 40 negara.',
    zh: '中国与联合国在上海共同举办人工智能能力建设研讨班，近40个国家的政府官员和专家参加。',
    en: 'China and the United Nations co-host a workshop on AI capacity-building in Shanghai for officials and experts from nearly 40 countries.',
  },
  location: { id: 'Shanghai', zh: '上海', en: 'Shanghai' },
  body: {
    id: releaseBodyId,
    zh: [
      '2024年9月3日，外交部副部长马朝旭以视频方式出席人工智能能力建设研讨班开幕式并致辞。',
      '马朝旭表示，去年10月，习近平主席提出《全球人工智能治理倡议》，就全球人工智能治理这一当前重大议题提出了中国方案。中方期待联合国未来峰会就全球人工智能治理进一步凝聚共识，充分发挥联合国主渠道作用。',
      '马朝旭强调，中方主张加强人工智能能力建设，推动公平包容的全球治理。今年7月，联合国大会协商一致通过中方提出的加强人工智能能力建设国际合作决议，体现了国际社会的共同心声。中方既是倡导者，也是行动派。希望本次研讨班成为技术交流之会、经验分享之会、务实合作之会。',
      '联合国秘书长古特雷斯在开幕式上致辞，赞赏中方推动联合国大会通过人工智能能力建设决议并举办本次研讨班，强调各国应加强国际合作，共享人工智能机遇，帮助发展中国家弥合智能鸿沟，推动落实可持续发展目标。联合国愿在此方面发挥独特作用，呼吁各国支持联合国未来峰会达成重要共识。',
      '研讨班由外交部和联合国共同主办，上海市人民政府承办。上海市副市长陈杰出席开幕式并致辞。来自近40个国家的政府官员和专家参加培训。',
    ],
    en: [
      'On September 3, 2024, Vice Foreign Minister Ma Zhaoxu delivered video remarks at the opening ceremony of the Workshop on AI Capacity-Building.',
      'Ma Zhaoxu said that last October, President Xi Jinping put forward the Global AI Governance Initiative, offering China’s proposal on global AI governance, a major issue of our time. China looks forward to the UN Summit of the Future building further consensus on global AI governance and giving full play to the role of the United Nations as the main channel.',
      'Ma Zhaoxu stressed that China advocates stronger AI capacity-building and fair and inclusive global governance. In July this year, the UN General Assembly unanimously adopted the China-sponsored resolution on enhancing international cooperation on capacity-building of artificial intelligence, which reflects the shared aspiration of the international community. China is both an advocate and a doer. China hopes this workshop will be a meeting for technical exchange, for sharing experience and for practical cooperation.',
      'UN Secretary-General António Guterres addressed the opening ceremony. He commended China for championing the General Assembly resolution on AI capacity-building and for hosting this workshop, and stressed that countries should strengthen international cooperation, share the opportunities of AI, help developing countries bridge the intelligence divide and advance the Sustainable Development Goals. The United Nations is ready to play its unique role in this regard, and he called on all countries to support the Summit of the Future in reaching important consensus.',
      'The workshop was co-sponsored by the Ministry of Foreign Affairs and the United Nations and hosted by the Shanghai Municipal People’s Government. Vice Mayor of Shanghai Chen Jie attended the opening ceremony and spoke. Government officials and experts from nearly 40 countries took part in the training.',
    ],
  } satisfies Localized<string[]>,
}

export const demoBriefing = {
  slug: '2024-09-03-ai-capacity-building-workshop',
  date: '2024-09-03T00:00:00.000Z',
  originalPublishedAt: '2024-09-02T17:00:00.000Z',
  sourceLocale: 'id' as Locale,
  spokesperson: 'mao-ning',
  title: {
    id: briefingTitleId,
    zh: '外交部发言人毛宁介绍人工智能能力建设研讨班有关情况',
    en: 'Foreign Ministry Spokesperson Mao Ning on the Workshop on AI Capacity-Building',
  },
  summary: {
    id: briefingDateLineId,
    zh: '2024年9月3日，外交部发言人毛宁主持例行记者会。',
    en: 'On September 3, 2024, Foreign Ministry Spokesperson Mao Ning held a regular press conference.',
  },
  items: [
    {
      key: 'q1',
      outlet: null,
      followUp: false,
      topics: ['artificial-intelligence'],
      question: {
        id: questionId,
        zh: '据了解，首届人工智能能力建设研讨班在上海举办。发言人能否介绍有关情况？',
        en: 'We learned that the first workshop on AI capacity-building is being held in Shanghai. Could you share more details about it?',
      },
      answer: {
        id: answerId,
        zh: [
          '当前，人工智能技术快速发展并得到广泛应用，已成为新一轮科技革命和产业变革的重要驱动力量。作为人工智能大国，中国高度重视人工智能技术的发展和应用，尤其关注加强发展中国家能力建设，积极致力于帮助发展中国家从中受益，确保“全球南方”国家有机会深度参与全球人工智能治理进程。在此背景下，中方今年在联合国大会提出“加强人工智能能力建设国际合作”决议，获协商一致通过，143个国家联署。',
          '作为落实决议的后续行动，中国和联合国于9月3日至6日在上海共同举办人工智能能力建设研讨班，近40个国家的代表出席开幕式。研讨班将通过专家授课、互动交流、参观考察等方式，帮助“全球南方”国家代表深入了解人工智能技术发展现状和趋势，不断弥合智能鸿沟。中方将继续致力于为国际社会提供公共产品，以实际行动支持发展中国家实现发展，推动人工智能造福全人类。',
        ],
        en: [
          'Artificial intelligence is advancing rapidly and is now widely used. It has become an important driver of the new round of scientific and technological revolution and industrial transformation. As a major country in AI, China attaches great importance to developing and applying AI technology. We pay particular attention to strengthening the capacity-building of developing countries, are actively committed to helping them benefit from the technology, and want to make sure that countries of the Global South have the opportunity to take part fully in global AI governance. Against this backdrop, China proposed the resolution on “Enhancing International Cooperation on Capacity-building of Artificial Intelligence” at the UN General Assembly this year. It was adopted by consensus and co-sponsored by 143 countries.',
          'As a follow-up to the resolution, China and the United Nations are co-hosting a workshop on AI capacity-building in Shanghai from September 3 to 6. Representatives of nearly 40 countries attended the opening ceremony. Through expert lectures, interactive exchanges and field visits, the workshop will help representatives of Global South countries gain an in-depth understanding of where AI technology stands and where it is heading, and keep bridging the intelligence divide. China will remain committed to providing public goods to the international community, take concrete actions to support developing countries in achieving development, and promote AI for the benefit of all humanity.',
        ],
      } satisfies Localized<string[]>,
    },
  ],
}

export const demoUsers = [
  { email: 'admin@example.com', name: 'Admin', roles: ['admin'], locales: [] },
  { email: 'editor@example.com', name: 'Editor', roles: ['editor'], locales: [] },
  { email: 'translator.zh@example.com', name: 'Chinese translator', roles: ['translator'], locales: ['zh'] },
  { email: 'translator.en@example.com', name: 'English translator', roles: ['translator'], locales: ['en'] },
  { email: 'reviewer@example.com', name: 'Reviewer', roles: ['reviewer'], locales: [] },
] as const
