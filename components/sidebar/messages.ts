import { defineMessages } from '../../lib/i18n';

export const sidebarMessages = defineMessages({
  collapse: { id: 'Ciutkan sidebar', en: 'Collapse sidebar' },
  expand: { id: 'Buka sidebar Sigap', en: 'Open the Sigap sidebar' },
  connecting: { id: 'Menghubungkan ke halaman…', en: 'Connecting to the page…' },
  buyer: { id: 'Pembeli', en: 'Buyer' },
  conversation: { id: 'Percakapan', en: 'Conversation' },
  noConversation: { id: 'Belum ada percakapan yang terbuka.', en: 'No conversation is open.' },
  unknownBuyer: { id: 'Nama pembeli tidak terbaca', en: 'Buyer name not readable' },
  messageCount: { id: '{n} pesan terbaca', en: '{n} messages read' },
  quickInsertLabel: { id: 'Teks untuk dikirim', en: 'Text to send' },
  quickInsertPlaceholder: { id: 'Tulis teks, lalu Ctrl+Enter', en: 'Type text, then Ctrl+Enter' },
  insert: { id: 'Sisipkan ke chat', en: 'Insert into chat' },
  inserted: { id: 'Disisipkan ke kotak chat.', en: 'Inserted into the chat box.' },
  insertedGuessed: {
    id: 'Disisipkan ke kotak yang ditebak sebagai kotak chat. Periksa sebelum mengirim.',
    en: 'Inserted into the box guessed to be the chat box. Check it before sending.',
  },
  copied: {
    id: 'Kotak chat tidak ditemukan: teks disalin ke clipboard. Tempel dengan Ctrl+V.',
    en: 'Chat box not found: text copied to the clipboard. Paste with Ctrl+V.',
  },
  rejected: {
    id: 'Kotak chat menolak teks: teks disalin ke clipboard. Tempel dengan Ctrl+V.',
    en: 'The chat box refused the text: copied to the clipboard. Paste with Ctrl+V.',
  },
  leftWithoutClosing: {
    id: 'Chat dengan {buyer} belum ditutup dengan salam penutup. Kembali sebentar untuk berterima kasih?',
    en: 'The chat with {buyer} has no closing yet. Go back to thank them?',
  },
  copyFailed: {
    id: 'Teks tidak bisa disisipkan maupun disalin. Salin manual dari kotak di atas.',
    en: 'The text could be neither inserted nor copied. Copy it by hand from the box above.',
  },
});
