import { defineMessages } from '../../lib/i18n';

export const reportMessages = defineMessages({
  range: { id: 'Rentang', en: 'Range' },
  today: { id: 'Hari ini', en: 'Today' },
  days7: { id: '7 hari', en: '7 days' },
  days30: { id: '30 hari', en: '30 days' },
  days90: { id: '90 hari', en: '90 days' },
  custom: { id: 'Pilih tanggal', en: 'Custom' },
  from: { id: 'Dari tanggal', en: 'From' },
  to: { id: 'Sampai tanggal', en: 'To' },
  marketplace: { id: 'Marketplace', en: 'Marketplace' },
  all: { id: 'Semua', en: 'All' },
  replies: { id: 'Balasan', en: 'Replies' },
  median: { id: 'Median waktu balas', en: 'Median reply time' },
  p90: { id: 'P90 waktu balas', en: 'P90 reply time' },
  withinHours: { id: 'dalam jam operasional: {v}', en: 'within operating hours: {v}' },
  withinTarget: { id: 'Dalam target ({target})', en: 'Within target ({target})' },
  rate12h: { id: 'Tingkat balas 12 jam', en: '12-hour response rate' },
  shopeeRate: {
    id: 'Perkiraan “Persentase Chat Dibalas” Shopee',
    en: 'Estimated Shopee “Chat response rate”',
  },
  shopeeNote: {
    id: 'Bobot 0,5 × 90 hari + 0,5 × 25% chat terbaru, menurut blog penjual (bukan halaman resmi Shopee).',
    en: 'Weighted 0.5 × 90 days + 0.5 × newest 25% of chats, per seller blogs (not an official Shopee page).',
  },
  perDay: { id: 'Per hari (median)', en: 'Per day (median)' },
  perHour: { id: 'Per jam (median)', en: 'Per hour of day (median)' },
  histogram: { id: 'Sebaran waktu balas', en: 'Reply-time distribution' },
  byMarketplace: { id: 'Per marketplace', en: 'By marketplace' },
  empty: {
    id: 'Belum ada data balasan pada rentang ini. Data terkumpul dari chat yang dibuka saat Sigap aktif.',
    en: 'No reply data in this range yet. Data comes from chats opened while Sigap is active.',
  },
  exportCsv: { id: 'Ekspor CSV', en: 'Export CSV' },
  none: { id: '–', en: '–' },
});
