import type { Product, ProductVariant } from '../../lib/catalog/types';

// A deterministic Indonesian catalog and queries with known answers, for the search benchmark.
// Products look like a marketplace shop's: brand, product type, material and a model name
// ("Erigo Kaos Polos Katun Combed Sukari"), colour/size variants with their own SKUs, ~200-character
// descriptions. Queries are what agents type: a few words of the name with typos, cut-off words,
// shuffled order, colour and size, or a SKU fragment. Each query is checked to have exactly one
// right product (by its correctly spelled words), so recall measures the search, not the data.

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same catalog on every run. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const BRANDS = [
  'Erigo',
  'Roughneck',
  'Eiger',
  'Consina',
  'Wardah',
  'Emina',
  'Maspion',
  'Cosmos',
  'Miyako',
  'Polytron',
  'Kahf',
  'Bodypack',
  'Exsport',
  'Brodo',
  'Compass',
  'Ventela',
  'Aerostreet',
  'Piero',
  'Kalibre',
  'Rei',
  'Oxone',
  'Kirin',
  'Sanken',
  'Lakme',
  'Somethinc',
  'Azarine',
  'Hanasui',
  'Implora',
  'Pigeon',
  'Lock&Lock',
  'Tupperware',
  'Claris',
  'Lion Star',
  'Krisbow',
  'Robot',
  'Rexus',
  'Fantech',
  'Vivan',
  'Baseus',
  'Ugreen',
] as const;

interface Kind {
  type: string;
  category: string;
  materials: readonly string[];
  sizes: readonly string[];
  price: [number, number];
}

const CLOTH_SIZES = ['S', 'M', 'L', 'XL', 'XXL'];
const SHOE_SIZES = ['38', '39', '40', '41', '42', '43', '44'];
const KINDS: readonly Kind[] = [
  {
    type: 'Kaos Polos',
    category: 'Pakaian Pria',
    materials: ['Katun Combed 30s', 'Katun Combed 24s', 'Cotton Bamboo'],
    sizes: CLOTH_SIZES,
    price: [35000, 90000],
  },
  {
    type: 'Kemeja Flanel',
    category: 'Pakaian Pria',
    materials: ['Flanel Tebal', 'Katun Twill'],
    sizes: CLOTH_SIZES,
    price: [90000, 220000],
  },
  {
    type: 'Hoodie Oversize',
    category: 'Pakaian Pria',
    materials: ['Fleece Tebal', 'Baby Terry'],
    sizes: CLOTH_SIZES,
    price: [120000, 280000],
  },
  {
    type: 'Celana Chino',
    category: 'Pakaian Pria',
    materials: ['Katun Stretch', 'Twill Premium'],
    sizes: ['28', '30', '32', '34', '36'],
    price: [110000, 250000],
  },
  {
    type: 'Jaket Bomber',
    category: 'Jaket',
    materials: ['Parasut Taslan', 'Drill Premium'],
    sizes: CLOTH_SIZES,
    price: [150000, 350000],
  },
  {
    type: 'Gamis Syari',
    category: 'Fashion Muslim',
    materials: ['Wolfis Premium', 'Ceruty Babydoll', 'Jersey Premium'],
    sizes: ['S', 'M', 'L', 'XL'],
    price: [150000, 400000],
  },
  {
    type: 'Hijab Pashmina',
    category: 'Fashion Muslim',
    materials: ['Ceruty Babydoll', 'Voal Premium', 'Diamond Italiano'],
    sizes: [],
    price: [25000, 80000],
  },
  {
    type: 'Mukena Travel',
    category: 'Fashion Muslim',
    materials: ['Parasut Premium', 'Rayon Bali'],
    sizes: [],
    price: [90000, 250000],
  },
  {
    type: 'Sneakers Pria',
    category: 'Sepatu Pria',
    materials: ['Kanvas', 'Kulit Sintetis', 'Mesh Knit'],
    sizes: SHOE_SIZES,
    price: [150000, 450000],
  },
  {
    type: 'Sepatu Lari',
    category: 'Sepatu Olahraga',
    materials: ['Mesh Knit', 'Flyknit'],
    sizes: SHOE_SIZES,
    price: [250000, 700000],
  },
  {
    type: 'Sandal Gunung',
    category: 'Sandal',
    materials: ['Karet Sol Tebal', 'Webbing Nilon'],
    sizes: SHOE_SIZES,
    price: [80000, 250000],
  },
  {
    type: 'Tas Ransel Laptop',
    category: 'Tas',
    materials: ['Polyester Waterproof', 'Kanvas Tebal'],
    sizes: [],
    price: [120000, 450000],
  },
  {
    type: 'Dompet Pria',
    category: 'Aksesoris',
    materials: ['Kulit Asli', 'Kulit Sintetis'],
    sizes: [],
    price: [50000, 250000],
  },
  {
    type: 'Jam Tangan Digital',
    category: 'Aksesoris',
    materials: ['Strap Rubber', 'Rantai Stainless'],
    sizes: [],
    price: [80000, 500000],
  },
  {
    type: 'Tumbler Stainless',
    category: 'Peralatan Dapur',
    materials: ['Stainless 304', 'Vacuum Double Wall'],
    sizes: ['350ml', '500ml', '750ml'],
    price: [45000, 180000],
  },
  {
    type: 'Panci Set',
    category: 'Peralatan Dapur',
    materials: ['Granite Anti Lengket', 'Stainless Steel'],
    sizes: [],
    price: [150000, 650000],
  },
  {
    type: 'Blender Kaca',
    category: 'Elektronik Rumah',
    materials: ['Jar Kaca 1.5L', 'Jar Plastik BPA Free'],
    sizes: [],
    price: [200000, 600000],
  },
  {
    type: 'Rice Cooker',
    category: 'Elektronik Rumah',
    materials: ['Inner Pot Teflon', 'Inner Pot Stainless'],
    sizes: ['1L', '1.8L', '2L'],
    price: [180000, 750000],
  },
  {
    type: 'Kipas Angin Berdiri',
    category: 'Elektronik Rumah',
    materials: ['Baling Plastik', 'Baling Besi'],
    sizes: ['16 inch', '18 inch'],
    price: [150000, 450000],
  },
  {
    type: 'Setrika Uap',
    category: 'Elektronik Rumah',
    materials: ['Alas Keramik', 'Alas Teflon'],
    sizes: [],
    price: [120000, 400000],
  },
  {
    type: 'Powerbank Fast Charging',
    category: 'Aksesoris HP',
    materials: ['10000mAh', '20000mAh'],
    sizes: [],
    price: [120000, 450000],
  },
  {
    type: 'Kabel Data Type C',
    category: 'Aksesoris HP',
    materials: ['Nilon Braided', 'TPE Lentur'],
    sizes: ['1m', '2m'],
    price: [20000, 90000],
  },
  {
    type: 'Earphone Bluetooth TWS',
    category: 'Audio',
    materials: ['Bass Boost', 'Noise Cancelling'],
    sizes: [],
    price: [90000, 600000],
  },
  {
    type: 'Keyboard Mechanical',
    category: 'Komputer',
    materials: ['Switch Blue', 'Switch Red', 'Switch Brown'],
    sizes: [],
    price: [250000, 900000],
  },
  {
    type: 'Mouse Wireless',
    category: 'Komputer',
    materials: ['Silent Click', 'Rechargeable'],
    sizes: [],
    price: [60000, 350000],
  },
  {
    type: 'Serum Wajah',
    category: 'Kecantikan',
    materials: ['Niacinamide 10%', 'Vitamin C', 'Hyaluronic Acid'],
    sizes: ['20ml', '30ml'],
    price: [45000, 180000],
  },
  {
    type: 'Sunscreen SPF 50',
    category: 'Kecantikan',
    materials: ['Gel Ringan', 'Cream Matte'],
    sizes: ['30ml', '50ml'],
    price: [40000, 150000],
  },
  {
    type: 'Lipstik Matte',
    category: 'Kecantikan',
    materials: ['Transferproof', 'Moisturizing'],
    sizes: [],
    price: [35000, 120000],
  },
  {
    type: 'Sabun Cuci Muka',
    category: 'Perawatan Diri',
    materials: ['Charcoal', 'Tea Tree', 'Aloe Vera'],
    sizes: ['100ml', '150ml'],
    price: [20000, 80000],
  },
  {
    type: 'Minyak Rambut Pomade',
    category: 'Perawatan Diri',
    materials: ['Waterbased', 'Oilbased'],
    sizes: [],
    price: [35000, 120000],
  },
  {
    type: 'Madu Hutan',
    category: 'Makanan & Minuman',
    materials: ['Asli Sumbawa', 'Asli Kalimantan'],
    sizes: ['250gr', '500gr', '1kg'],
    price: [60000, 250000],
  },
  {
    type: 'Kopi Bubuk Arabika',
    category: 'Makanan & Minuman',
    materials: ['Gayo', 'Toraja', 'Kintamani'],
    sizes: ['200gr', '500gr'],
    price: [50000, 220000],
  },
  {
    type: 'Keripik Pedas',
    category: 'Makanan & Minuman',
    materials: ['Singkong Balado', 'Kentang Original'],
    sizes: ['100gr', '250gr'],
    price: [12000, 45000],
  },
  {
    type: 'Botol Minum Anak',
    category: 'Perlengkapan Bayi',
    materials: ['Tritan BPA Free', 'Silikon Food Grade'],
    sizes: ['350ml', '500ml'],
    price: [35000, 120000],
  },
  {
    type: 'Popok Celana Bayi',
    category: 'Perlengkapan Bayi',
    materials: ['Ultra Tipis', 'Extra Dry'],
    sizes: ['S', 'M', 'L', 'XL'],
    price: [60000, 180000],
  },
  {
    type: 'Sprei Katun',
    category: 'Perlengkapan Rumah',
    materials: ['Katun Jepang', 'Microtex Lembut'],
    sizes: ['160x200', '180x200'],
    price: [90000, 300000],
  },
  {
    type: 'Rak Sepatu Susun',
    category: 'Perlengkapan Rumah',
    materials: ['Besi Hollow', 'Plastik Tebal'],
    sizes: ['3 Susun', '5 Susun'],
    price: [50000, 200000],
  },
  {
    type: 'Lampu LED Bohlam',
    category: 'Perlengkapan Rumah',
    materials: ['Cahaya Putih', 'Cahaya Kuning'],
    sizes: ['9 Watt', '12 Watt', '18 Watt'],
    price: [12000, 60000],
  },
  {
    type: 'Matras Yoga',
    category: 'Olahraga',
    materials: ['TPE 8mm', 'NBR 10mm'],
    sizes: [],
    price: [80000, 250000],
  },
  {
    type: 'Dumbbell Hexagon',
    category: 'Olahraga',
    materials: ['Karet Coating', 'Besi Vinyl'],
    sizes: ['2kg', '5kg', '10kg'],
    price: [60000, 400000],
  },
];

const COLOURS = [
  'Hitam',
  'Putih',
  'Navy',
  'Abu',
  'Merah',
  'Maroon',
  'Cokelat',
  'Krem',
  'Hijau Army',
  'Biru',
  'Pink',
  'Mocca',
];
const COLOUR_CODE: Record<string, string> = {
  Hitam: 'HTM',
  Putih: 'PTH',
  Navy: 'NVY',
  Abu: 'ABU',
  Merah: 'MRH',
  Maroon: 'MRN',
  Cokelat: 'CKL',
  Krem: 'KRM',
  'Hijau Army': 'HJA',
  Biru: 'BRU',
  Pink: 'PNK',
  Mocca: 'MCC',
};
const SYLLABLES = [
  'ra',
  'ka',
  'sa',
  'na',
  'ma',
  'li',
  'tu',
  'bi',
  'do',
  'ge',
  'wa',
  'ya',
  'ri',
  'lo',
  'pe',
  'ju',
  'ko',
  'ni',
  'ta',
  'su',
  'mi',
  'ba',
];
const FEATURES = [
  'nyaman dipakai seharian',
  'cocok untuk hadiah',
  'garansi resmi 1 tahun',
  'ready stok siap kirim',
  'kualitas premium harga terjangkau',
  'jahitan rapi dan kuat',
  'mudah dibersihkan',
  'ringan dan praktis',
  'tahan lama untuk pemakaian harian',
  'dikemas aman dengan bubble wrap',
  'original 100 persen',
  'bisa COD',
];
const TAGS = ['promo', 'terlaris', 'original', 'murah', 'premium', 'baru', 'diskon', 'grosir'];

/** Model names: "Sukari", "Lomana", … (2–3 syllables; ~11k distinct) shared by a handful of products. */
function modelName(rnd: () => number): string {
  const count = rnd() < 0.4 ? 2 : 3;
  let word = '';
  for (let i = 0; i < count; i++) word += pick(rnd, SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function roundPrice(value: number): number {
  return Math.round(value / 500) * 500;
}

export function generateCatalog(count: number, seed = 20260401): Product[] {
  const rnd = createRandom(seed);
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(rnd, KINDS);
    const brand = pick(rnd, BRANDS);
    const material = pick(rnd, kind.materials);
    const model = modelName(rnd);
    const sku = `SKU-${String(i + 1).padStart(5, '0')}`;
    const base = roundPrice(kind.price[0] + rnd() * (kind.price[1] - kind.price[0]));
    const variants: ProductVariant[] = [];
    const variantCount = rnd() < 0.35 ? 0 : 1 + Math.floor(rnd() * 6);
    const colours = [...COLOURS].sort(() => rnd() - 0.5).slice(0, Math.min(3, variantCount));
    for (const colour of colours) {
      const sizes =
        kind.sizes.length > 0
          ? kind.sizes.slice(0, Math.max(1, Math.ceil(variantCount / colours.length)))
          : [''];
      for (const size of sizes) {
        if (variants.length >= variantCount) break;
        variants.push({
          sku: `${sku}-${COLOUR_CODE[colour]}${size ? `-${size.replace(/\s+/g, '')}` : ''}`,
          name: size ? `${colour}, ${size}` : colour,
          price: roundPrice(base * (1 + variants.length * 0.03)),
          stock: rnd() < 0.1 ? null : rnd() < 0.15 ? 0 : Math.floor(rnd() * 80),
        });
      }
    }
    const name = `${brand} ${kind.type} ${material} ${model}`;
    const description =
      `${kind.type} ${brand} seri ${model} berbahan ${material.toLowerCase()}, ${pick(rnd, FEATURES)}. ` +
      `${pick(rnd, FEATURES)}, ${pick(rnd, FEATURES)}. Cocok untuk kebutuhan sehari-hari. ` +
      `Tanyakan stok sebelum order ya kak.`;
    const stockKnown = variants.every((v) => v.stock !== null);
    products.push({
      sku,
      name,
      price: variants.length > 0 ? Math.min(...variants.map((v) => v.price)) : base,
      stock:
        variants.length > 0
          ? stockKnown
            ? variants.reduce((n, v) => n + (v.stock ?? 0), 0)
            : null
          : Math.floor(rnd() * 100),
      variants,
      category: kind.category,
      description,
      tags: [pick(rnd, TAGS), pick(rnd, TAGS)],
      url: `https://shopee.co.id/tokocontoh/${sku.toLowerCase()}`,
    });
  }
  return products;
}

export type QueryKind = 'words' | 'typo' | 'partial' | 'order' | 'sku' | 'variant';

export interface BenchQuery {
  query: string;
  /** SKU of the one right product. */
  sku: string;
  kind: QueryKind;
}

const lower = (s: string) => s.toLowerCase();

/** One slip of the finger: a letter dropped, doubled, swapped with its neighbour or replaced. */
function typo(rnd: () => number, word: string): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
    default: {
      const letters = 'aiueokrstnmlhg';
      let c = word[i]!;
      while (c === word[i]) c = pick(rnd, letters.split(''));
      return word.slice(0, i) + c + word.slice(i + 1);
    }
  }
}

function shuffle<T>(rnd: () => number, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Queries with one right answer each. The words a query is built from (before typos and cuts) must
 * all appear in the name of the target and of no other product; the products sharing the model name
 * are the only ones to check, so generating is fast even at 100k.
 */
export function generateQueries(products: readonly Product[], count = 240, seed = 7): BenchQuery[] {
  const rnd = createRandom(seed);
  // name word → products having it (a model name can also be a material word: "Bali").
  const byWord = new Map<string, number[]>();
  const nameWords = products.map((p) => new Set(lower(p.name).split(/\s+/)));
  const vocabulary = new Set<string>();
  products.forEach((p, i) => {
    for (const w of nameWords[i]!) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
      vocabulary.add(w);
    }
    for (const v of p.variants) for (const w of lower(v.name).split(/[\s,]+/)) vocabulary.add(w);
  });
  const unique = (target: number, words: string[], model: string) =>
    byWord.get(model)!.every((i) => i === target || !words.every((w) => nameWords[i]!.has(w)));

  const kinds: QueryKind[] = ['words', 'typo', 'partial', 'order', 'sku', 'variant'];
  const queries: BenchQuery[] = [];
  let attempts = 0;
  while (queries.length < count && attempts++ < count * 50) {
    const kind = kinds[queries.length % kinds.length]!;
    const target = Math.floor(rnd() * products.length);
    const product = products[target]!;
    const nameParts = lower(product.name).split(/\s+/);
    const model = nameParts.at(-1)!;
    // Type words (the product kind) plus the model name; the brand when that is not enough.
    const kindWords = KINDS.find((k) => product.name.includes(k.type))!
      .type.toLowerCase()
      .split(' ');
    const brand = nameParts[0]!;
    let words = [...kindWords.slice(0, 2), model];
    if (!unique(target, words, model)) words = [brand, ...words];
    if (!unique(target, words, model)) continue;

    let query: string;
    switch (kind) {
      case 'words':
        query = words.join(' ');
        break;
      case 'typo': {
        const long = words.filter((w) => w.length >= 5);
        if (long.length === 0) continue;
        const victims = new Set(shuffle(rnd, long).slice(0, rnd() < 0.5 ? 1 : 2));
        const typed = words.map((w) => (victims.has(w) ? typo(rnd, w) : w));
        // A typo that lands on another real word makes the query ambiguous: choose another.
        if (typed.some((w, i) => w !== words[i] && vocabulary.has(w))) continue;
        query = typed.join(' ');
        break;
      }
      case 'partial': {
        // Cut the product-type words as a typing agent would ("snek pria", "kao polos").
        query = words
          .map((w) =>
            w !== model && w !== brand && w.length > 4 ? w.slice(0, 3 + Math.floor(rnd() * 2)) : w,
          )
          .join(' ');
        if (query === words.join(' ')) continue;
        break;
      }
      case 'order':
        query = shuffle(rnd, words).join(' ');
        if (query === words.join(' ')) query = [...words].reverse().join(' ');
        break;
      case 'sku': {
        const digits = product.sku.slice(4);
        const forms = [product.sku, digits, `sku${digits}`, product.variants[0]?.sku ?? product.sku];
        query = pick(rnd, forms);
        break;
      }
      case 'variant': {
        const variant = product.variants[0];
        if (!variant) continue;
        const parts = lower(variant.name)
          .split(/[\s,]+/)
          .filter(Boolean);
        const colour = parts[0]!.length >= 5 && rnd() < 0.5 ? typo(rnd, parts[0]!) : parts[0]!;
        if (colour !== parts[0] && vocabulary.has(colour)) continue;
        query = [...words, colour, ...parts.slice(1)].join(' ');
        break;
      }
    }
    queries.push({ query, sku: product.sku, kind });
  }
  return queries;
}
