import { defineMessages } from '../../lib/i18n';

export const hoursEditorMessages = defineMessages({
  intro: {
    id: 'Atur jam buka per hari (boleh dua shift, misalnya istirahat siang) dan hari libur. Di luar jam ini sidebar menampilkan “Di luar jam operasional” dan template pesan tutup.',
    en: 'Set the opening hours per day (split shifts allowed, e.g. a lunch break) and holidays. Outside them the sidebar shows “Outside operating hours” and the away template.',
  },
  closed: { id: 'Tutup', en: 'Closed' },
  addShift: { id: '+ Shift', en: '+ Shift' },
  removeShift: { id: 'Hapus shift {n} hari {day}', en: 'Remove shift {n} on {day}' },
  open: { id: 'Buka', en: 'Opens' },
  close: { id: 'Tutup', en: 'Closes' },
  holidays: { id: 'Hari libur', en: 'Holidays' },
  addHoliday: { id: 'Tambah hari libur', en: 'Add holiday' },
  removeHoliday: { id: 'Hapus {date}', en: 'Remove {date}' },
  noHolidays: { id: 'Belum ada hari libur.', en: 'No holidays yet.' },
  preview: { id: 'Ditulis di template sebagai:', en: 'Written in templates as:' },
  save: { id: 'Simpan jam operasional', en: 'Save operating hours' },
  saved: { id: 'Tersimpan.', en: 'Saved.' },
  problem_time: { id: 'Jam tidak valid (pakai JJ:MM).', en: 'Invalid time (use HH:MM).' },
  problem_order: { id: 'Jam tutup harus setelah jam buka.', en: 'Closing must come after opening.' },
  problem_overlap: { id: 'Shift bertumpuk.', en: 'Shifts overlap.' },
});
