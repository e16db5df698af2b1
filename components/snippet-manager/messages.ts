import { defineMessages } from '../../lib/i18n';

// The words of the options page's Template/Snippet section.

export const managerMessages = defineMessages({
  intro: {
    id: 'Template yang disisipkan dari sidebar, dengan mengetik pemicunya (misalnya /salam lalu Tab) atau dengan tombol pintas saat kotak chat aktif.',
    en: 'Templates inserted from the sidebar, by typing their trigger (e.g. /salam then Tab) or by a shortcut while the chat box has focus.',
  },
  newSnippet: { id: 'Template baru', en: 'New template' },
  search: { id: 'Cari judul, pemicu atau isi', en: 'Search title, trigger or text' },
  count: { id: '{count} template', en: '{count} templates' },
  list: { id: 'Daftar template', en: 'Template list' },
  noMatch: { id: 'Tidak ada template yang cocok dengan "{query}".', en: 'No template matches "{query}".' },
  emptyTitle: { id: 'Belum ada template', en: 'No templates yet' },
  emptyText: {
    id: 'Buat template sendiri, atau kembalikan set bawaan (salam, tanya kebutuhan, SOP keluhan, di luar jam, penutup).',
    en: 'Write your own, or bring back the default set (greeting, asking the need, complaint SOPs, away, closing).',
  },
  edit: { id: 'Ubah', en: 'Edit' },
  editOf: { id: 'Ubah {title}', en: 'Edit {title}' },
  duplicate: { id: 'Duplikat', en: 'Duplicate' },
  duplicateOf: { id: 'Duplikat {title}', en: 'Duplicate {title}' },
  copySuffix: { id: '(salinan)', en: '(copy)' },
  delete: { id: 'Hapus', en: 'Delete' },
  deleteOf: { id: 'Hapus {title}', en: 'Delete {title}' },
  moveUpOf: { id: 'Naikkan {title}', en: 'Move {title} up' },
  moveDownOf: { id: 'Turunkan {title}', en: 'Move {title} down' },
  moveHint: {
    id: 'Urutan hanya bisa diubah tanpa pencarian.',
    en: 'Clear the search to change the order.',
  },
  deleted: { id: 'Template dihapus — {title}', en: 'Template deleted — {title}' },
  restored: { id: 'Template {title} dikembalikan.', en: 'Template {title} restored.' },
  saved: { id: 'Template {title} disimpan.', en: 'Template {title} saved.' },
  saveFailed: { id: 'Gagal menyimpan: {reason}', en: 'Saving failed: {reason}' },
  actionSave: { id: 'Menyimpan template {title}', en: 'Saving the template {title}' },
  actionDelete: { id: 'Menghapus template {title}', en: 'Deleting the template {title}' },
  actionRestore: { id: 'Mengembalikan template {title}', en: 'Restoring the template {title}' },
  actionDuplicate: { id: 'Menduplikat template {title}', en: 'Duplicating the template {title}' },
  actionMove: { id: 'Memindahkan template {title}', en: 'Moving the template {title}' },
  actionReplace: {
    id: 'Mengganti semua template dengan isi {file}',
    en: 'Replacing every template with those of {file}',
  },
  actionUndoImport: { id: 'Mengurungkan impor template', en: 'Undoing the template import' },
  actionRestoreDefaults: { id: 'Mengembalikan template bawaan', en: 'Restoring the default templates' },
  actionUndoDefaults: {
    id: 'Mengurungkan template bawaan yang ditambahkan',
    en: 'Undoing the added default templates',
  },

  // Editor
  editorNew: { id: 'Template baru', en: 'New template' },
  editorEdit: { id: 'Ubah template: {title}', en: 'Edit template: {title}' },
  title: { id: 'Judul', en: 'Title' },
  category: { id: 'Kategori', en: 'Category' },
  body: { id: 'Isi template', en: 'Template text' },
  bodyHelp: {
    id: 'Variabel: {pembeli} {toko} {salam} {hari} {tanggal} {jam_buka} {produk} {harga} {kursor} {isi:Label}',
    en: 'Variables: {pembeli} {toko} {salam} {hari} {tanggal} {jam_buka} {produk} {harga} {kursor} {isi:Label}',
  },
  trigger: { id: 'Pemicu', en: 'Trigger' },
  triggerHelp: {
    id: 'Ketik /pemicu di kotak chat lalu {key}. Huruf, angka, - dan _; boleh kosong.',
    en: 'Type /trigger in the chat box, then {key}. Letters, digits, - and _; may be empty.',
  },
  hotkey: { id: 'Tombol pintas', en: 'Shortcut' },
  hotkeyHelp: {
    id: 'Klik lalu tekan kombinasinya (misalnya Alt+2). Backspace menghapus.',
    en: 'Click, then press the combination (e.g. Alt+2). Backspace clears.',
  },
  hotkeyNone: { id: 'Tidak ada', en: 'None' },
  lang: { id: 'Bahasa', en: 'Language' },
  langId: { id: 'Indonesia', en: 'Indonesian' },
  langEn: { id: 'Inggris', en: 'English' },
  preview: { id: 'Pratinjau', en: 'Preview' },
  previewNote: {
    id: 'Contoh: pembeli Rina, produk {product}, waktu sekarang.',
    en: 'Example: buyer Rina, product {product}, the current time.',
  },
  previewAsks: {
    id: 'Saat menyisipkan, Sigap menanyakan: {names}.',
    en: 'When inserting, Sigap asks for: {names}.',
  },
  previewMissing: { id: 'Belum ada nilainya: {names}.', en: 'No value yet: {names}.' },
  previewShopHint: {
    id: 'Isi nama toko di Pengaturan agar {toko} terisi.',
    en: 'Set the shop name under Settings to fill {toko}.',
  },
  save: { id: 'Simpan template', en: 'Save template' },
  cancel: { id: 'Batal', en: 'Cancel' },
  fixFirst: {
    id: 'Periksa kembali: {count} isian belum benar.',
    en: 'Please check: {count} fields are not right yet.',
  },

  // Keys settings
  keysHeading: { id: 'Tombol', en: 'Keys' },
  expandKey: { id: 'Tombol untuk menjalankan pemicu', en: 'Key that expands a trigger' },
  expandTab: { id: 'Tab', en: 'Tab' },
  expandSpace: { id: 'Spasi', en: 'Space' },
  focusSearch: { id: 'Tombol pintas ke kotak cari sidebar', en: 'Shortcut to the sidebar search' },
  focusSearchHelp: {
    id: 'Klik lalu tekan kombinasinya; dipakai saat kotak chat aktif untuk pindah ke kotak cari sidebar.',
    en: 'Click, then press the combination; used in the chat box to jump to the sidebar search.',
  },
  keysSaved: { id: 'Tersimpan.', en: 'Saved.' },
  keysNotSaved: { id: 'Tidak disimpan: {reason}', en: 'Not saved: {reason}' },

  // Import / export
  ioHeading: { id: 'Ekspor dan impor', en: 'Export and import' },
  exportJson: { id: 'Ekspor JSON', en: 'Export JSON' },
  importJson: { id: 'Impor JSON', en: 'Import JSON' },
  importHelp: {
    id: 'Impor mengganti semua template dengan isi file (bisa diurungkan).',
    en: 'An import replaces all templates with the file’s (can be undone).',
  },
  restoreDefaults: { id: 'Kembalikan template bawaan', en: 'Restore default templates' },
  defaultsAdded: { id: '{count} template bawaan ditambahkan.', en: '{count} default templates added.' },
  defaultsNone: { id: 'Semua template bawaan sudah ada.', en: 'Every default template is already there.' },
  importErrors: {
    id: '{file} tidak diimpor; tidak ada yang diubah. Perbaiki lalu coba lagi:',
    en: '{file} was not imported; nothing changed. Fix these and try again:',
  },
  importConfirm: {
    id: '{file} berisi {count} template. Ganti {current} template yang ada sekarang?',
    en: '{file} holds {count} templates. Replace the {current} templates you have now?',
  },
  importReplace: { id: 'Ganti semua', en: 'Replace all' },
  imported: { id: '{count} template diimpor dari {file}.', en: '{count} templates imported from {file}.' },
  importUndone: { id: 'Impor diurungkan.', en: 'Import undone.' },
});
