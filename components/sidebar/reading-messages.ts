import { defineMessages } from '../../lib/i18n';

// What the sidebar says about how it read the page: one line per part, in words an agent understands.
export const readingMessages = defineMessages({
  composerFound: { id: 'Kotak chat: {how}', en: 'Chat box: {how}' },
  composerMissing: {
    id: 'Kotak chat tidak ditemukan: teks akan disalin ke clipboard.',
    en: 'Chat box not found: text will be copied to the clipboard.',
  },
  layoutUnknown: {
    id: 'Tata letak halaman ini tidak dikenali. Sigap tetap bisa menyalin teks ke clipboard.',
    en: 'This page layout is not recognised. Sigap can still copy text to the clipboard.',
  },
  checkBeforeSend: { id: 'periksa sebelum mengirim', en: 'check before sending' },
  marker: { id: 'penanda {market}', en: "{market}'s markers" },
  older: { id: 'tata letak lama {market}', en: "{market}'s older layout" },
  learned: { id: 'dipelajari dari pesan yang Anda kirim', en: 'learned from a message you sent' },
  focus: { id: 'tebakan dari fokus terakhir', en: 'guessed from your last focus' },
  geometry: { id: 'tebakan dari letak di halaman', en: 'guessed from the page layout' },
  none: { id: 'tidak terbaca', en: 'not read' },
  title: { id: 'Yang terbaca dari halaman', en: 'What Sigap read on the page' },
  messages: { id: 'Pesan', en: 'Messages' },
  senders: { id: 'Pengirim', en: 'Senders' },
  times: { id: 'Waktu pesan', en: 'Message times' },
  buyer: { id: 'Nama pembeli', en: 'Buyer name' },
  list: { id: 'Daftar percakapan', en: 'Conversation list' },
  send: { id: 'Tombol kirim', en: 'Send control' },
  notSure: {
    id: 'Sebagian halaman hanya ditebak atau tidak terbaca: jam balas dan saran bisa meleset.',
    en: 'Parts of the page are only guessed or unread: the reply clock and suggestions may be off.',
  },
});
