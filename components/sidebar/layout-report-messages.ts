import { defineMessages } from '../../lib/i18n';

export const layoutReportMessages = defineMessages({
  button: { id: 'Salin laporan tata letak', en: 'Copy layout report' },
  busy: { id: 'Membaca tata letak…', en: 'Reading the layout…' },
  copied: {
    id: 'Laporan tata letak disalin. Isinya hanya struktur halaman, tanpa teks chat, nama, atau nomor.',
    en: 'Layout report copied. It holds only the page structure: no chat text, names or numbers.',
  },
  noPage: {
    id: 'Halaman chat belum terhubung, jadi tata letaknya tidak bisa dibaca.',
    en: 'The chat page is not connected, so its layout cannot be read.',
  },
  copyFailed: {
    id: 'Laporan tidak bisa disalin ke clipboard.',
    en: 'The report could not be copied to the clipboard.',
  },
});
