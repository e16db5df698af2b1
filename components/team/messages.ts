import { defineMessages } from '../../lib/i18n';

export const teamMessages = defineMessages({
  title: { id: 'Tim', en: 'Team' },
  intro: {
    id: 'Hubungkan Sigap ke server CouchDB toko agar katalog, snippet tim, jam operasional, target dan sampel balasan dibagikan ke semua agen. Snippet pribadi tidak pernah keluar dari browser ini.',
    en: 'Connect Sigap to the shop’s CouchDB server so the catalog, team snippets, operating hours, targets and reply samples are shared with every agent. Private snippets never leave this browser.',
  },
  url: { id: 'Alamat server', en: 'Server URL' },
  database: { id: 'Nama database toko', en: 'Shop database name' },
  user: { id: 'Nama pengguna', en: 'User name' },
  password: { id: 'Kata sandi', en: 'Password' },
  connect: { id: 'Hubungkan', en: 'Connect' },
  disconnect: { id: 'Putuskan', en: 'Disconnect' },
  disconnected: {
    id: 'Terputus. Data di browser ini tetap ada.',
    en: 'Disconnected. The data in this browser stays.',
  },
  permissionDenied: {
    id: 'Izin akses ke {origin} tidak diberikan, jadi Sigap tidak bisa menghubungi server.',
    en: 'Access to {origin} was not granted, so Sigap cannot reach the server.',
  },
  statusLabel: { id: 'Status', en: 'Status' },
  status_off: { id: 'Tidak terhubung', en: 'Not connected' },
  status_connecting: { id: 'Menghubungkan…', en: 'Connecting…' },
  status_syncing: { id: 'Tersambung, menyinkronkan…', en: 'Connected, syncing…' },
  status_connected: { id: 'Tersambung', en: 'Connected' },
  status_offline: {
    id: 'Offline: perubahan menunggu dan dikirim saat tersambung lagi',
    en: 'Offline: changes wait and are sent when back online',
  },
  status_error: { id: 'Berhenti', en: 'Stopped' },
  who: { id: '{user} ({role}) di {database}', en: '{user} ({role}) on {database}' },
  role_owner: { id: 'pemilik', en: 'owner' },
  role_agent: { id: 'agen', en: 'agent' },
  lastSync: { id: 'Sinkron terakhir: {time}', en: 'Last sync: {time}' },
  never: { id: 'belum pernah', en: 'never' },
  pending: { id: 'Perubahan menunggu dikirim: {count}', en: 'Changes waiting to be sent: {count}' },
  received: {
    id: 'Dokumen diterima sejak terhubung: {count}',
    en: 'Documents received since connecting: {count}',
  },
  'problem_bad-url': {
    id: 'Alamat server tidak valid. Contoh: https://couch.tokoanda.com',
    en: 'The server URL is not valid. Example: https://couch.yourshop.com',
  },
  'problem_bad-database': {
    id: 'Nama database hanya boleh huruf kecil, angka dan - _ , diawali huruf.',
    en: 'The database name may hold only lower-case letters, digits and - _, starting with a letter.',
  },
  'problem_server-down': {
    id: 'Server tidak bisa dihubungi (mati atau tidak ada internet). Sigap mencoba lagi sendiri.',
    en: 'The server cannot be reached (down, or no internet). Sigap keeps retrying.',
  },
  'problem_not-couchdb': {
    id: 'Alamat itu tidak menjawab seperti server CouchDB.',
    en: 'That address does not answer like a CouchDB server.',
  },
  'problem_wrong-login': {
    id: 'Nama pengguna atau kata sandi salah (atau sesi kedaluwarsa). Masukkan lagi lalu Hubungkan.',
    en: 'Wrong user name or password (or the session expired). Enter them again and Connect.',
  },
  'problem_no-database': {
    id: 'Database toko tidak ada di server (belum dibuat atau sudah dihapus). Data di browser ini tidak diubah.',
    en: 'The shop database is not on the server (not created yet, or deleted). The data in this browser is unchanged.',
  },
  'problem_no-access': {
    id: 'Pengguna ini tidak punya akses ke database toko. Minta pemilik menambahkan peran Anda.',
    en: 'This user has no access to the shop database. Ask the owner to add your role.',
  },
  'problem_no-role': {
    id: 'Pengguna ini belum punya peran "owner" atau "agent" di server.',
    en: 'This user has neither the "owner" nor the "agent" role on the server.',
  },
  'problem_no-permission': {
    id: 'Sigap belum diberi izin mengakses server ini. Tekan Hubungkan lagi dan izinkan.',
    en: 'Sigap has not been allowed to reach this server. Press Connect again and allow it.',
  },
  refused: {
    id: 'Server menolak perubahan ({doc}): {why}',
    en: 'The server refused a change ({doc}): {why}',
  },
  'refused_owner-only': {
    id: 'hanya pemilik toko yang boleh mengubah katalog, snippet tim dan pengaturan.',
    en: 'only the shop owner may change the catalog, team snippets and settings.',
  },
  'refused_append-only': {
    id: 'sampel balasan tidak bisa diubah atau dihapus.',
    en: 'reply samples cannot be changed or deleted.',
  },
  'refused_not-your-sample': {
    id: 'sampel balasan hanya boleh dikirim atas nama sendiri.',
    en: 'reply samples may only be sent under your own name.',
  },
  refused_other: { id: 'perubahan ini tidak diizinkan.', en: 'this change is not allowed.' },
  keptLocal: {
    id: '{count} perubahan Anda pada data tim hanya tersimpan di browser ini (peran agen tidak boleh mengubahnya).',
    en: '{count} of your changes to team data stay in this browser only (the agent role may not change them).',
  },
  badIncoming: {
    id: '{count} data dari server dilewati karena tidak valid.',
    en: '{count} items from the server were skipped because they are not valid.',
  },
  sharedSnippets: { id: 'Snippet tim', en: 'Team snippets' },
  sharedSnippetsHelp: {
    id: 'Centang untuk membagikan ke semua agen (tim). Tanpa centang: pribadi, hanya di browser ini.',
    en: 'Tick to share with every agent (team). Unticked: private, in this browser only.',
  },
  changedBy: { id: 'terakhir diubah oleh {user}', en: 'last changed by {user}' },
  blockedByPrivate: {
    id: '{count} snippet tim tidak dipasang karena ada snippet pribadi dengan id yang sama.',
    en: '{count} team snippets were not installed because a private snippet has the same id.',
  },
});
