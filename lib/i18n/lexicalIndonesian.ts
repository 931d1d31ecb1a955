/**
 * Indonesian for the rich-text editor's own strings (`lexical:*`: the empty editor's placeholder,
 * its toolbar and slash menu). Payload's editor ships them in English and Chinese, not Indonesian;
 * they are not Warta's strings, so they are kept apart from locales/id/admin.json, in Payload's
 * shape (`lexical.<feature>.<key>`), and `tests/int/adminTranslations.test.ts` fails when the
 * editor gains a string this lacks.
 */
export const lexicalIndonesian = {
  general: {
    placeholder: 'Mulai mengetik, atau tekan "/" untuk perintah...',
    slashMenuBasicGroupLabel: 'Dasar',
    slashMenuListGroupLabel: 'Daftar',
    toolbarItemsActive: '{{count}} aktif',
  },
  align: {
    alignCenterLabel: 'Rata Tengah',
    alignJustifyLabel: 'Rata Kiri-Kanan',
    alignLeftLabel: 'Rata Kiri',
    alignRightLabel: 'Rata Kanan',
  },
  blockquote: {
    label: 'Kutipan',
  },
  blocks: {
    inlineBlocks: {
      create: 'Buat {{label}}',
      edit: 'Ubah {{label}}',
      label: 'Blok Sebaris',
      remove: 'Hapus {{label}}',
    },
    label: 'Blok',
  },
  checklist: {
    label: 'Daftar Periksa',
  },
  heading: {
    label: 'Judul {{headingLevel}}',
  },
  horizontalRule: {
    label: 'Garis Horizontal',
  },
  indent: {
    decreaseLabel: 'Kurangi Indentasi',
    increaseLabel: 'Tambah Indentasi',
  },
  link: {
    label: 'Tautan',
    loadingWithEllipsis: 'Memuat...',
  },
  orderedList: {
    label: 'Daftar Bernomor',
  },
  paragraph: {
    label: 'Paragraf',
    label2: 'Teks Biasa',
  },
  relationship: {
    label: 'Relasi',
  },
  textState: {
    defaultStyle: 'Gaya bawaan',
  },
  unorderedList: {
    label: 'Daftar Berpoin',
  },
  upload: {
    label: 'Unggahan',
  },
} as const
