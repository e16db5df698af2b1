import type { Lang } from '../i18n';

// Day and month names, shared by the hours text ("Senin–Jumat …") and the snippet variables
// ({hari}, {tanggal}), so both always spell them the same way. Indexed as Date#getDay/getMonth count.

export const DAY_NAMES: Record<Lang, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export const MONTH_NAMES_ID: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
