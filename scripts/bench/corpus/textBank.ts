import type { Locale } from '@/lib/i18n/locales'

/**
 * The vocabulary the benchmark corpus is written from: reference data with fixed renderings per
 * language and parallel sentence templates, so every generated document reads as a plausible
 * release or transcript in Indonesian, Chinese (real CJK, no word spaces) and English, and search
 * has realistic text to scan. Names are fictional; nothing here is meant as a real statement.
 */

export type Localized = Record<Locale, string>

export type NamedRef = { slug: string; name: Localized }
export type PersonRef = NamedRef & { role: Localized; isSpokesperson: boolean }
export type OutletRef = NamedRef & { aliases: string[] }

export const benchTopics: NamedRef[] = [
  { slug: 'artificial-intelligence', name: { id: 'kecerdasan buatan', zh: '人工智能', en: 'artificial intelligence' } },
  { slug: 'climate-change', name: { id: 'perubahan iklim', zh: '气候变化', en: 'climate change' } },
  { slug: 'trade-and-investment', name: { id: 'perdagangan dan investasi', zh: '贸易投资', en: 'trade and investment' } },
  { slug: 'united-nations', name: { id: 'Perserikatan Bangsa-Bangsa', zh: '联合国', en: 'the United Nations' } },
  { slug: 'asean', name: { id: 'ASEAN', zh: '东盟', en: 'ASEAN' } },
  { slug: 'public-health', name: { id: 'kesehatan masyarakat', zh: '公共卫生', en: 'public health' } },
  { slug: 'maritime-cooperation', name: { id: 'kerja sama maritim', zh: '海上合作', en: 'maritime cooperation' } },
  { slug: 'consular-affairs', name: { id: 'urusan konsuler', zh: '领事事务', en: 'consular affairs' } },
  { slug: 'cultural-exchange', name: { id: 'pertukaran budaya', zh: '人文交流', en: 'cultural exchange' } },
  { slug: 'digital-economy', name: { id: 'ekonomi digital', zh: '数字经济', en: 'the digital economy' } },
  { slug: 'food-security', name: { id: 'ketahanan pangan', zh: '粮食安全', en: 'food security' } },
  { slug: 'energy-transition', name: { id: 'transisi energi', zh: '能源转型', en: 'the energy transition' } },
]

export const benchPeople: PersonRef[] = [
  {
    slug: 'lin-hua',
    isSpokesperson: true,
    name: { id: 'Lin Hua', zh: '林华', en: 'Lin Hua' },
    role: { id: 'Juru Bicara Kementerian Luar Negeri', zh: '外交部发言人', en: 'Foreign Ministry Spokesperson' },
  },
  {
    slug: 'wang-ping',
    isSpokesperson: true,
    name: { id: 'Wang Ping', zh: '王平', en: 'Wang Ping' },
    role: { id: 'Juru Bicara Kementerian Luar Negeri', zh: '外交部发言人', en: 'Foreign Ministry Spokesperson' },
  },
  {
    slug: 'chen-jing',
    isSpokesperson: true,
    name: { id: 'Chen Jing', zh: '陈静', en: 'Chen Jing' },
    role: { id: 'Juru Bicara Kementerian Luar Negeri', zh: '外交部发言人', en: 'Foreign Ministry Spokesperson' },
  },
  {
    slug: 'li-ming',
    isSpokesperson: false,
    name: { id: 'Li Ming', zh: '李明', en: 'Li Ming' },
    role: { id: 'Menteri Luar Negeri', zh: '外交部部长', en: 'Foreign Minister' },
  },
  {
    slug: 'zhang-wei',
    isSpokesperson: false,
    name: { id: 'Zhang Wei', zh: '张伟', en: 'Zhang Wei' },
    role: { id: 'Wakil Menteri Luar Negeri', zh: '外交部副部长', en: 'Vice Foreign Minister' },
  },
  {
    slug: 'liu-yang',
    isSpokesperson: false,
    name: { id: 'Liu Yang', zh: '刘洋', en: 'Liu Yang' },
    role: { id: 'Asisten Menteri Luar Negeri', zh: '外交部部长助理', en: 'Assistant Foreign Minister' },
  },
  {
    slug: 'sun-li',
    isSpokesperson: false,
    name: { id: 'Sun Li', zh: '孙丽', en: 'Sun Li' },
    role: { id: 'Direktur Jenderal Asia', zh: '亚洲司司长', en: 'Director-General of Asian Affairs' },
  },
]

export const benchOutlets: OutletRef[] = [
  { slug: 'cctv', name: { id: 'CCTV', zh: '总台央视', en: 'CCTV' }, aliases: ['CCTV', '总台央视', '央视'] },
  { slug: 'xinhua', name: { id: 'Kantor Berita Xinhua', zh: '新华社', en: 'Xinhua News Agency' }, aliases: ['Xinhua', '新华社'] },
  { slug: 'reuters', name: { id: 'Reuters', zh: '路透社', en: 'Reuters' }, aliases: ['Reuters', '路透社'] },
  { slug: 'afp', name: { id: 'AFP', zh: '法新社', en: 'AFP' }, aliases: ['AFP', '法新社'] },
  { slug: 'ap', name: { id: 'Associated Press', zh: '美联社', en: 'Associated Press' }, aliases: ['AP', '美联社'] },
  { slug: 'bloomberg', name: { id: 'Bloomberg', zh: '彭博社', en: 'Bloomberg' }, aliases: ['Bloomberg', '彭博社'] },
  { slug: 'antara', name: { id: 'Kantor Berita Antara', zh: '安塔拉通讯社', en: 'Antara News Agency' }, aliases: ['Antara', '安塔拉'] },
  { slug: 'kompas', name: { id: 'Kompas', zh: '罗盘报', en: 'Kompas' }, aliases: ['Kompas', '罗盘报'] },
  { slug: 'tempo', name: { id: 'Tempo', zh: '《时代》周刊', en: 'Tempo' }, aliases: ['Tempo'] },
  {
    slug: 'jakarta-post',
    name: { id: 'The Jakarta Post', zh: '雅加达邮报', en: 'The Jakarta Post' },
    aliases: ['Jakarta Post', '雅加达邮报'],
  },
  { slug: 'china-daily', name: { id: 'China Daily', zh: '中国日报', en: 'China Daily' }, aliases: ['China Daily', '中国日报'] },
  { slug: 'nhk', name: { id: 'NHK', zh: '日本广播协会', en: 'NHK' }, aliases: ['NHK'] },
  { slug: 'yonhap', name: { id: 'Kantor Berita Yonhap', zh: '韩联社', en: 'Yonhap News Agency' }, aliases: ['Yonhap', '韩联社'] },
  { slug: 'al-jazeera', name: { id: 'Al Jazeera', zh: '半岛电视台', en: 'Al Jazeera' }, aliases: ['Al Jazeera', '半岛电视台'] },
]

export const countries: Localized[] = [
  { id: 'Malaysia', zh: '马来西亚', en: 'Malaysia' },
  { id: 'Singapura', zh: '新加坡', en: 'Singapore' },
  { id: 'Thailand', zh: '泰国', en: 'Thailand' },
  { id: 'Vietnam', zh: '越南', en: 'Viet Nam' },
  { id: 'Filipina', zh: '菲律宾', en: 'the Philippines' },
  { id: 'Kamboja', zh: '柬埔寨', en: 'Cambodia' },
  { id: 'Laos', zh: '老挝', en: 'Laos' },
  { id: 'Jepang', zh: '日本', en: 'Japan' },
  { id: 'Korea Selatan', zh: '韩国', en: 'the Republic of Korea' },
  { id: 'India', zh: '印度', en: 'India' },
  { id: 'Australia', zh: '澳大利亚', en: 'Australia' },
  { id: 'Selandia Baru', zh: '新西兰', en: 'New Zealand' },
  { id: 'Brasil', zh: '巴西', en: 'Brazil' },
  { id: 'Afrika Selatan', zh: '南非', en: 'South Africa' },
  { id: 'Mesir', zh: '埃及', en: 'Egypt' },
  { id: 'Kenya', zh: '肯尼亚', en: 'Kenya' },
  { id: 'Prancis', zh: '法国', en: 'France' },
  { id: 'Jerman', zh: '德国', en: 'Germany' },
  { id: 'Meksiko', zh: '墨西哥', en: 'Mexico' },
  { id: 'Arab Saudi', zh: '沙特阿拉伯', en: 'Saudi Arabia' },
]

export const cities: Localized[] = [
  { id: 'Jakarta', zh: '雅加达', en: 'Jakarta' },
  { id: 'Beijing', zh: '北京', en: 'Beijing' },
  { id: 'Shanghai', zh: '上海', en: 'Shanghai' },
  { id: 'Surabaya', zh: '泗水', en: 'Surabaya' },
  { id: 'Bali', zh: '巴厘岛', en: 'Bali' },
  { id: 'Kuala Lumpur', zh: '吉隆坡', en: 'Kuala Lumpur' },
  { id: 'Bangkok', zh: '曼谷', en: 'Bangkok' },
  { id: 'Jenewa', zh: '日内瓦', en: 'Geneva' },
  { id: 'New York', zh: '纽约', en: 'New York' },
  { id: 'Guangzhou', zh: '广州', en: 'Guangzhou' },
  { id: 'Kunming', zh: '昆明', en: 'Kunming' },
  { id: 'Medan', zh: '棉兰', en: 'Medan' },
]

/** Slots a template may use: {official}, {role}, {country}, {city}, {topic}, {n}, {outlet}. */
export type Slots = {
  official: Localized
  role: Localized
  country: Localized
  city: Localized
  topic: Localized
  n: number
  outlet: Localized
}

export const releaseTitles: Localized[] = [
  {
    id: '{role} {official} Mengadakan Pembicaraan dengan Menteri Luar Negeri {country} tentang {topic}',
    zh: '{role}{official}同{country}外长就{topic}举行会谈',
    en: '{role} {official} Holds Talks with the Foreign Minister of {country} on {topic}',
  },
  {
    id: '{role} {official} Menghadiri Forum {city} tentang {topic}',
    zh: '{role}{official}出席{city}{topic}论坛并致辞',
    en: '{role} {official} Addresses the {city} Forum on {topic}',
  },
  {
    id: 'Pernyataan Bersama dengan {country} tentang Penguatan Kerja Sama di Bidang {topic}',
    zh: '关于同{country}加强{topic}领域合作的联合声明',
    en: 'Joint Statement with {country} on Strengthening Cooperation in {topic}',
  },
  {
    id: '{role} {official} Menerima Duta Besar {country}',
    zh: '{role}{official}会见{country}大使',
    en: '{role} {official} Receives the Ambassador of {country}',
  },
  {
    id: 'Kementerian Luar Negeri Menyelenggarakan Seminar tentang {topic} di {city}',
    zh: '外交部在{city}举办{topic}研讨会',
    en: 'Foreign Ministry Hosts a Seminar on {topic} in {city}',
  },
  {
    id: '{official} Menyerukan Koordinasi yang Lebih Erat dengan {country} dalam {topic}',
    zh: '{official}呼吁同{country}加强{topic}协调',
    en: '{official} Calls for Closer Coordination with {country} on {topic}',
  },
  {
    id: 'Dialog Strategis Ke-{n} dengan {country} Digelar di {city}',
    zh: '第{n}轮同{country}战略对话在{city}举行',
    en: 'The {n}th Strategic Dialogue with {country} Held in {city}',
  },
]

export const releaseSentences: Localized[] = [
  {
    id: 'Pada hari ini, {role} {official} bertemu dengan mitranya dari {country} di {city}.',
    zh: '当天，{role}{official}在{city}会见{country}同行。',
    en: 'Today {role} {official} met his counterpart from {country} in {city}.',
  },
  {
    id: 'Kedua pihak bertukar pandangan secara mendalam mengenai {topic} dan isu-isu regional yang menjadi kepedulian bersama.',
    zh: '双方就{topic}以及共同关心的地区问题深入交换意见。',
    en: 'The two sides had an in-depth exchange of views on {topic} and regional issues of common concern.',
  },
  {
    id: '{official} menyatakan bahwa kerja sama di bidang {topic} telah menghasilkan manfaat nyata bagi rakyat kedua negara.',
    zh: '{official}表示，{topic}领域合作为两国人民带来了实实在在的利益。',
    en: '{official} said that cooperation on {topic} has brought tangible benefits to the people of both countries.',
  },
  {
    id: 'Tahun ini menandai peringatan ke-{n} hubungan diplomatik dengan {country}.',
    zh: '今年是同{country}建交{n}周年。',
    en: 'This year marks the {n}th anniversary of diplomatic relations with {country}.',
  },
  {
    id: 'Pihak {country} menyampaikan kesediaan untuk memperluas pertukaran di bidang pendidikan, pariwisata dan pemuda.',
    zh: '{country}方表示愿扩大教育、旅游和青年领域交流。',
    en: '{country} expressed its readiness to expand exchanges in education, tourism and youth.',
  },
  {
    id: 'Kedua pihak sepakat untuk memperkuat koordinasi dalam kerangka {topic} dan mendukung multilateralisme.',
    zh: '双方同意在{topic}框架内加强协调，共同维护多边主义。',
    en: 'Both sides agreed to strengthen coordination on {topic} and to uphold multilateralism.',
  },
  {
    id: 'Lebih dari {n} pejabat dan pakar dari berbagai negara menghadiri acara tersebut di {city}.',
    zh: '来自多国的{n}余名官员和专家出席了在{city}举行的活动。',
    en: 'More than {n} officials and experts from many countries attended the event in {city}.',
  },
  {
    id: '{official} menekankan pentingnya dialog yang setara dan saling menghormati untuk menyelesaikan perbedaan.',
    zh: '{official}强调，应通过平等对话和相互尊重妥善处理分歧。',
    en: '{official} stressed the importance of dialogue on an equal footing and mutual respect in handling differences.',
  },
  {
    id: 'Kedua pihak menandatangani nota kesepahaman tentang {topic}.',
    zh: '双方签署了关于{topic}的谅解备忘录。',
    en: 'The two sides signed a memorandum of understanding on {topic}.',
  },
  {
    id: 'Kerja sama di bidang {topic} diharapkan dapat membantu negara-negara berkembang mencapai tujuan pembangunan berkelanjutan.',
    zh: '{topic}合作有望帮助发展中国家实现可持续发展目标。',
    en: 'Cooperation on {topic} is expected to help developing countries achieve the Sustainable Development Goals.',
  },
  {
    id: 'Pertemuan berlangsung dalam suasana yang bersahabat dan konstruktif.',
    zh: '会见在友好、建设性的气氛中进行。',
    en: 'The meeting took place in a friendly and constructive atmosphere.',
  },
  {
    id: 'Kementerian akan terus memberikan informasi terbaru kepada publik melalui situs web resmi.',
    zh: '外交部将继续通过官方网站向公众发布最新信息。',
    en: 'The ministry will continue to keep the public informed through its official website.',
  },
]

export const questionTemplates: Localized[] = [
  {
    id: 'Menteri luar negeri {country} baru saja mengunjungi {city}. Bagaimana Anda menilai hasil kunjungan tersebut di bidang {topic}?',
    zh: '{country}外长日前访问{city}。你如何评价此访在{topic}方面取得的成果？',
    en: 'The foreign minister of {country} has just visited {city}. How do you assess the outcomes of the visit on {topic}?',
  },
  {
    id: 'Ada laporan bahwa {country} akan menjadi tuan rumah konferensi tentang {topic}. Apakah pihak Anda akan mengirim delegasi?',
    zh: '据报道，{country}将主办{topic}会议。中方是否会派团出席？',
    en: 'It is reported that {country} will host a conference on {topic}. Will your side send a delegation?',
  },
  {
    id: 'Apa tanggapan Anda terhadap pernyataan terbaru {country} mengenai {topic}?',
    zh: '你对{country}近日就{topic}发表的声明有何回应？',
    en: 'What is your response to the latest statement by {country} on {topic}?',
  },
  {
    id: 'Dapatkah Anda memberikan informasi lebih lanjut tentang forum {topic} yang akan diadakan di {city}?',
    zh: '你能否进一步介绍将在{city}举行的{topic}论坛的有关情况？',
    en: 'Could you share more details about the forum on {topic} to be held in {city}?',
  },
  {
    id: 'Berapa banyak warga negara yang masih berada di {country}, dan langkah apa yang diambil untuk melindungi mereka?',
    zh: '目前仍有多少公民在{country}？有关方面采取了哪些保护措施？',
    en: 'How many citizens are still in {country}, and what steps are being taken to protect them?',
  },
  {
    id: 'Bagaimana Anda melihat prospek kerja sama dengan {country} di bidang {topic} tahun depan?',
    zh: '你如何看待明年同{country}在{topic}领域合作的前景？',
    en: 'How do you see the prospects for cooperation with {country} on {topic} next year?',
  },
  {
    id: 'Sebagai tindak lanjut, apakah ada rencana untuk menandatangani perjanjian baru dengan {country}?',
    zh: '作为后续，是否计划同{country}签署新的协议？',
    en: 'As a follow-up, are there plans to sign a new agreement with {country}?',
  },
]

export const answerSentences: Localized[] = [
  {
    id: 'Kami telah mencatat laporan terkait dan memantau perkembangan situasi dengan saksama.',
    zh: '我们注意到有关报道，正密切关注事态发展。',
    en: 'We have noted the relevant reports and are following the situation closely.',
  },
  {
    id: 'Hubungan dengan {country} terus berkembang secara sehat dan stabil, dan kerja sama di bidang {topic} menunjukkan kemajuan yang pesat.',
    zh: '同{country}关系保持健康稳定发展，{topic}合作进展迅速。',
    en: 'Relations with {country} continue to grow in a sound and steady way, and cooperation on {topic} is advancing quickly.',
  },
  {
    id: 'Kami bersedia bekerja sama dengan semua pihak untuk menjaga perdamaian dan stabilitas kawasan.',
    zh: '我们愿同各方一道，共同维护地区和平稳定。',
    en: 'We are ready to work with all parties to uphold peace and stability in the region.',
  },
  {
    id: 'Mengenai {topic}, posisi kami konsisten dan jelas.',
    zh: '在{topic}问题上，我们的立场是一贯的、明确的。',
    en: 'On {topic}, our position is consistent and clear.',
  },
  {
    id: 'Informasi lebih lanjut akan kami sampaikan pada waktunya.',
    zh: '有关情况我们会适时发布消息。',
    en: 'We will release further information in due course.',
  },
  {
    id: 'Kedutaan besar kami di {country} tetap berhubungan erat dengan warga negara kami dan memberikan bantuan konsuler yang diperlukan.',
    zh: '我驻{country}使馆同我国公民保持密切联系，提供必要的领事协助。',
    en: 'Our embassy in {country} stays in close contact with our citizens and provides the necessary consular assistance.',
  },
  {
    id: 'Forum di {city} akan mempertemukan sekitar {n} peserta dari pemerintah, dunia usaha dan lembaga penelitian.',
    zh: '在{city}举行的论坛将汇聚政府、企业和研究机构约{n}名代表。',
    en: 'The forum in {city} will bring together about {n} participants from government, business and research institutions.',
  },
  {
    id: 'Kami mendorong semua pihak untuk menyelesaikan perbedaan melalui dialog dan konsultasi.',
    zh: '我们鼓励各方通过对话协商解决分歧。',
    en: 'We encourage all parties to resolve their differences through dialogue and consultation.',
  },
  {
    id: 'Kerja sama di bidang {topic} adalah bagian penting dari kemitraan strategis komprehensif kami dengan {country}.',
    zh: '{topic}合作是我们同{country}全面战略伙伴关系的重要组成部分。',
    en: 'Cooperation on {topic} is an important part of our comprehensive strategic partnership with {country}.',
  },
  {
    id: 'Saya tidak memiliki informasi tentang hal itu untuk saat ini.',
    zh: '我目前没有掌握这方面的情况。',
    en: 'I have no information on that at the moment.',
  },
]

export const openingSentences: Localized[] = [
  {
    id: 'Atas undangan Menteri Luar Negeri {country}, {role} {official} akan melakukan kunjungan resmi ke {country}.',
    zh: '应{country}外长邀请，{role}{official}将对{country}进行正式访问。',
    en: 'At the invitation of the Foreign Minister of {country}, {role} {official} will pay an official visit to {country}.',
  },
  {
    id: 'Forum tingkat tinggi tentang {topic} akan diselenggarakan di {city} pekan depan.',
    zh: '{topic}高级别论坛将于下周在{city}举行。',
    en: 'A high-level forum on {topic} will be held in {city} next week.',
  },
]

export const briefingTitle: Localized = {
  id: 'Konferensi Pers Reguler Juru Bicara {official}',
  zh: '外交部发言人{official}主持例行记者会',
  en: 'Foreign Ministry Spokesperson {official}’s Regular Press Conference',
}

export const briefingSummary: Localized = {
  id: 'Juru Bicara {official} memimpin konferensi pers reguler dan menjawab {n} pertanyaan, antara lain tentang {topic}.',
  zh: '外交部发言人{official}主持例行记者会，回答了有关{topic}等{n}个问题。',
  en: 'Spokesperson {official} held the regular press conference and answered {n} questions, including on {topic}.',
}
