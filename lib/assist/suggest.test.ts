import { describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../catalog/sample';
import { createCatalogIndex } from '../catalog/search';
import { DEFAULT_SCHEDULE } from '../hours/schedule';
import { defaultSnippets } from '../snippets/defaults';
import {
  buildSaran,
  type SaranInput,
  type SaranMessage,
  type SaranSnippet,
  unansweredBuyerTexts,
} from './suggest';

const index = createCatalogIndex([...SAMPLE_CATALOG]);
const snippets = defaultSnippets('id');

function saran(messages: SaranMessage[], extra: Partial<SaranInput<SaranSnippet>> = {}) {
  return buildSaran({
    messages,
    search: (q) => index.search(q, 5),
    snippets,
    renderSnippet: (s) => `«${s.trigger}»`,
    lang: 'id',
    // A Tuesday morning: the shop (08:00–21:00 every day) ships today before the 15:00 cut-off.
    now: new Date(2026, 3, 7, 10, 0),
    schedule: DEFAULT_SCHEDULE,
    cutoff: '15:00',
    ...extra,
  });
}
const buyer = (text: string): SaranMessage => ({ from: 'buyer', text });
const seller = (text: string): SaranMessage => ({ from: 'seller', text });
const kinds = (s: ReturnType<typeof saran>) =>
  s!.items.map((i) => (i.kind === 'product' ? i.product.sku : i.kind === 'snippet' ? i.trigger : 'reply'));

describe('unansweredBuyerTexts', () => {
  it('takes the buyer messages after the last seller message; an auto-reply answers nothing', () => {
    expect(
      unansweredBuyerTexts([buyer('a'), seller('b'), buyer('c'), { from: 'auto', text: 'away' }, buyer('d')]),
    ).toEqual({ unanswered: ['c', 'd'], earlier: ['a'] });
    expect(unansweredBuyerTexts([buyer('a'), seller('b')]).unanswered).toEqual([]);
  });
});

describe('buildSaran', () => {
  it('is nothing when the buyer waits for nothing', () => {
    expect(saran([buyer('halo'), seller('Halo kak')])).toBeNull();
    expect(saran([])).toBeNull();
  });

  it('suggests the product asked about with the variant the buyer named, first', () => {
    const s = saran([buyer('Kak sneakers pria kanvas casual warna putih ukuran 42 ready?')])!;
    expect(kinds(s)[0]).toBe('SNK-KNV');
    const item = s.items[0]!;
    expect(item.kind === 'product' && item.match?.variants.map((v) => v.sku)).toEqual(['SNK-KNV-PTH-42']);
    expect(item.kind === 'product' && item.answer).toBe(
      'Sneakers Pria Kanvas Casual — Putih, 42: Rp189.000, stok 4',
    );
  });

  it('inserts the full answer when the buyer asks generally', () => {
    const item = saran([buyer('mukena travel parasut ready kak?')])!.items[0]!;
    expect(item.kind === 'product' && item.answer).toContain('Harga: Rp129.000');
  });

  it('finds the product under discussion in the earlier messages when the new ones name none', () => {
    const s = saran([
      buyer('Kak gamis syari wolfis ini bahannya jatuh nggak?'),
      seller('Jatuh kak'),
      buyer('Kak, yang warna Mocca ada? Saya mau Mocca 1 sama Navy 1'),
    ])!;
    const item = s.items[0]!;
    expect(item.kind === 'product' && item.product.sku).toBe('GMS-WLF');
    expect(item.kind === 'product' && item.match?.variants.map((v) => v.name)).toEqual(['Mocca', 'Navy']);
    // Mocca is sold out in the sample: the "stok habis" snippet is offered too.
    expect(kinds(s)).toContain('/habis');
  });

  it('follows a burst to the product each message is about', () => {
    const s = saran([
      buyer('Kak sneakers pria kanvas casual warna putih ukuran 42 ready?'),
      buyer('Kalau yang hitam 42 ada juga kak?'),
    ])!;
    const item = s.items.find((i) => i.kind === 'product')!;
    expect(item.kind === 'product' && item.match?.variants.map((v) => v.sku)).toEqual([
      'SNK-KNV-PTH-42',
      'SNK-KNV-HTM-42',
    ]);
  });

  it('answers a damaged-goods complaint with the SOP first', () => {
    const s = saran([buyer('Kak blender kaca 1.5 liter yang saya terima tabung kacanya retak 😭')])!;
    expect(kinds(s)[0]).toBe('/rusak');
    expect(kinds(s)).toContain('BLD-KCA');
  });

  it('searches the catalog only with product words, and only for messages about a product', () => {
    // "ganti" matched "Anti Air", "Anti Lengket", "Anti Slip" by a prefix before it was a stop word.
    const blender = saran([
      buyer('Kak blender kaca 1.5 liter yang saya terima tabung kacanya retak 😭'),
      buyer('Bisa retur atau dikirim ganti kak?'),
    ])!;
    expect(blender.items.filter((i) => i.kind === 'product').map((i) => i.key)).toEqual(['product:BLD-KCA']);
    // Thanks for a parcel names a product, but asks nothing about it.
    expect(kinds(saran([buyer('makasih kak, kaosnya sudah sampai 👍')]))).toEqual(['/makasih']);
    // The product under discussion is found past a question about its length.
    const chino = saran([
      buyer('Celana Chino Slim Fit Stretch'),
      buyer('Kak celana chino slim fit yang krem ukuran 32 ready?'),
      seller('Krem 32 ready kak.'),
      buyer('Panjangnya berapa kak?'),
      seller('Panjang 100 cm kak.'),
      buyer('Kak jadi navy 32 ada atau tidak?'),
    ])!;
    expect(kinds(chino)[0]).toBe('CHN-SLM');
  });

  it('greets and asks the need for a bare greeting, closes for thanks', () => {
    expect(kinds(saran([buyer('halo kak')]))).toEqual(['/salam', '/bantu']);
    expect(kinds(saran([buyer('makasih kak 🙏')]))).toEqual(['/makasih']);
    // A greeting with a question: the need is known.
    expect(kinds(saran([buyer('halo kak, kaos polos cotton combed ready?')]))).not.toContain('/bantu');
  });

  it('maps every complaint to its SOP', () => {
    expect(kinds(saran([buyer('kok blm nyampe2 ya kak')]))).toContain('/telat');
    expect(kinds(saran([buyer('kak barangnya salah kirim')]))).toContain('/salahkirim');
    expect(kinds(saran([buyer('saya mau refund kak')]))).toContain('/refund');
  });

  it('proposes one reply with a line per question for several questions, first', () => {
    const s = saran([
      buyer('Kak kaos polos cotton combed'),
      seller('Ada kak'),
      buyer('ready warna hitam? ukuran L ada? bisa kirim hari ini?'),
    ])!;
    const first = s.items[0]!;
    expect(first.kind).toBe('reply');
    if (first.kind !== 'reply') return;
    expect(first.reply.lines.map((l) => l.text)).toEqual([
      'Kaos Polos Cotton Combed 30s — Hitam, M: Rp59.000, stok 24; Hitam, L: Rp59.000, stok 18; Hitam, XL: Rp62.000, habis',
      'Kaos Polos Cotton Combed 30s — Hitam, L: Rp59.000, stok 18',
      'Bisa dikirim hari ini, Kak, untuk pesanan yang masuk sebelum pukul 15.00 😊',
    ]);
  });

  it('answers a lone shipping question from the shop hours', () => {
    const s = saran([buyer('Mau 2 pcs kak, bisa dikirim hari ini?')])!;
    const first = s.items[0]!;
    expect(first.kind === 'reply' && first.reply.text).toBe(
      'Bisa dikirim hari ini, Kak, untuk pesanan yang masuk sebelum pukul 15.00 😊',
    );
  });

  it('leaves a visible gap for what it cannot answer', () => {
    const s = saran([buyer('ready kak? bahannya adem ga?')], { search: null })!;
    const reply = s.items.find((i) => i.kind === 'reply');
    expect(reply?.kind === 'reply' && reply.reply.text).toBe('[… produk: ready kak?]\n[… bahannya adem ga?]');
  });

  it('never reads what the shop wrote, only the buyer', () => {
    const s = saran([buyer('halo'), seller('Kak barangnya rusak? sneakers hitam 42 ready'), buyer('ok')]);
    expect(s).toEqual({ intents: [], questions: [], items: [] });
  });
});
