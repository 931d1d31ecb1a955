/**
 * The words of the newsroom story (tests/e2e/story.test.ts): what the editor, the translators and
 * the reviewer type. The imported Indonesian transcript is tests/fixtures/story/briefing-2024-11-12.id.txt.
 */
export const briefingFixture = 'tests/fixtures/story/briefing-2024-11-12.id.txt'

export const briefingTitle = {
  id: 'Konferensi Pers Rutin Juru Bicara Kementerian Luar Negeri Mao Ning pada 12 November 2024',
  zh: '2024年11月12日外交部发言人毛宁主持例行记者会',
  en: 'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on November 12, 2024',
} as const

/** The answer to q3 as imported (a typo) and as the editor fixes it. */
export const typoAnswer = 'Pembangkit listrik tenaga suryaa di Jawa Barat'
export const fixedAnswerQ3 =
  'Kerja sama kedua negara di bidang energi hijau terus berkembang pesat. Pembangkit listrik tenaga surya di Jawa Barat mulai beroperasi bulan lalu.'

/** The questions as the Indonesian transcript has them (the translators' source). */
export const importedQuestions = [
  'Pertemuan Pemimpin Ekonomi APEC akan digelar pekan ini di Lima. Apa harapan Tiongkok terhadap pertemuan tersebut?',
  'Apakah kedua menteri luar negeri akan bertemu di sela-sela pertemuan tersebut?',
  'Bagaimana perkembangan kerja sama Tiongkok dan Indonesia di bidang energi hijau?',
] as const

export const importedAnswerQ2 = 'Informasi mengenai pertemuan bilateral akan kami umumkan pada waktunya.'
export const correctedAnswerQ2 = 'Kedua menteri luar negeri akan bertemu di sela-sela pertemuan tersebut pada 14 November.'

export const translatedItems = {
  zh: [
    {
      question: '亚太经合组织领导人非正式会议本周在利马举行。中方对会议有何期待？',
      answer: '中方希望利马会议促进地区经济开放，推动自由公平的贸易。',
    },
    { question: '两国外长是否会在会议期间会晤？', answer: '关于双边会见的消息，我们会适时发布。' },
    {
      question: '中国和印度尼西亚在绿色能源领域的合作进展如何？',
      answer: '两国绿色能源合作发展迅速。西爪哇的太阳能电站已于上月投入运营。',
    },
  ],
  en: [
    {
      question: 'The APEC Economic Leaders’ Meeting is held in Lima this week. What does China expect from it?',
      answer: 'China hopes the meeting in Lima will strengthen the openness of the regional economy and promote free and fair trade.',
    },
    {
      question: 'Will the two foreign ministers meet on the sidelines of the meeting?',
      answer: 'We will release information on bilateral meetings in due course.',
    },
    {
      question: 'How is cooperation between China and Indonesia in green energy progressing?',
      answer: 'Cooperation between the two countries in green energy is growing fast. A solar power plant in West Java began operating last month.',
    },
  ],
} as const

/** What the translators write once the source of q2 has changed. */
export const correctedTranslationQ2 = {
  zh: '两国外长将于11月14日在会议期间会晤。',
  en: 'The two foreign ministers will meet on the sidelines of the meeting on November 14.',
} as const

export const changeNotes = {
  id: 'Jawaban atas pertanyaan 2 diperbarui: tanggal pertemuan kedua menteri.',
  zh: '更新了第2问的答复：两国外长会晤日期。',
  en: 'Updated the answer to question 2: the date of the ministers’ meeting.',
} as const

/** A Chinese phrase from the answer to q3, for the reader's search. */
export const chineseSearchPhrase = '太阳能电站'

export const release = {
  slug: 'program-beasiswa-indonesia-tiongkok',
  title: {
    id: 'Indonesia dan Tiongkok Sepakati Program Beasiswa Baru',
    zh: '印度尼西亚与中国商定新的奖学金项目',
  },
  firstBody: 'Pada 13 November 2024, kedua negara menandatangani nota kesepahaman tentang program beasiswa baru bagi mahasiswa.',
  rejectionNote: 'Sebutkan jumlah beasiswa yang disepakati.',
  fixedBody:
    'Pada 13 November 2024, kedua negara menandatangani nota kesepahaman tentang 500 beasiswa baru setiap tahun bagi mahasiswa.',
  zhBody: '2024年11月13日，两国签署谅解备忘录，每年提供500个新的奖学金名额。',
} as const
