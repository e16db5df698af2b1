// Shared toolkit of Sigap's marketplace simulators (shopee-webchat, tiktok-chat). Plain browser
// JavaScript, no build step; it defines window.SimKit before each simulator's app.js runs.
//
// What is here and why:
// - h(): a tiny element builder, so the apps read like the DOM they produce.
// - hashedClasses(): build-hashed class names, as the real pages' CSS modules produce them
//   (e.g. Shopee's "DEwekPN7v2", TikTok's "index-module__content--QKRoB"; index files 49732869336,
//   58947952961). The salt comes from the page-load time, so every load gets new names: nothing in
//   Sigap may depend on them. A fixed clock (scripts/save-fixtures.ts) gives repeatable names.
// - controlledTextarea(): a textarea that behaves like a React controlled <textarea>. Both pages are
//   React apps whose chat box is controlled (public scripts set it through the native value setter
//   or reset React's `_valueTracker` before an `input` event: index files 61450881351, 69495917732,
//   and call the React onChange prop: 17038103292). React keeps a "tracked value" per input: its
//   instance-level `value` setter records what code assigned, and an `input` event whose value
//   equals the tracked one is dropped as "no change". Typing, execCommand('insertText') and the
//   prototype's native setter bypass the instance setter, so their input events reach the app.
// - buyerNames() / productQuestion(): seeded demo data for ?conversations=N (the benchmark).
(() => {
  /** Element builder: h('div', { class: 'a', onclick: fn, style: { top: '1px' } }, child, 'text'). */
  function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'style' && typeof value === 'object') Object.assign(element.style, value);
      else if (name.startsWith('on') && typeof value === 'function')
        element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** 32-bit FNV-1a. */
  function fnv(text, seed = 0x811c9dc5) {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
  }

  const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
  const LEADING = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';

  function encode(name, salt, length) {
    let a = fnv(`${salt}:${name}`);
    let b = fnv(`${name}:${salt}`, 0x9e3779b9);
    let out = LEADING[a % LEADING.length];
    for (let i = 1; i < length; i++) {
      const source = i % 2 ? b : a;
      out += ALPHABET[source % ALPHABET.length];
      a = Math.imul(a ^ (a >>> 13), 0x5bd1e995) >>> 0;
      b = Math.imul(b ^ (b >>> 15), 0x27d4eb2d) >>> 0;
    }
    return out;
  }

  /**
   * A proxy that hands out one hashed class name per logical name: C.row → "DEwekPN7v2"-like.
   * `style: 'module'` gives CSS-module names like "index-module__content--QKRoB".
   */
  function hashedClasses(salt, style = 'plain') {
    const cache = new Map();
    return new Proxy(
      {},
      {
        get(_target, key) {
          const name = String(key);
          if (!cache.has(name)) {
            cache.set(
              name,
              style === 'module' ? `index-module__${name}--${encode(name, salt, 5)}` : encode(name, salt, 10),
            );
          }
          return cache.get(name);
        },
      },
    );
  }

  /**
   * Wraps a <textarea> so it behaves like a React controlled textarea (see the header comment).
   * `onChange(value)` receives what the app accepted; `render(value)` writes the app's state back
   * the way React's re-render does (through the tracker, only when the DOM differs).
   */
  function controlledTextarea(textarea, onChange) {
    const nativeValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    let tracked = '';
    Object.defineProperty(textarea, 'value', {
      configurable: true,
      get() {
        return nativeValue.get.call(this);
      },
      set(next) {
        tracked = String(next);
        nativeValue.set.call(this, next);
      },
    });
    textarea.addEventListener('input', () => {
      const current = nativeValue.get.call(textarea);
      if (current === tracked) return; // React: the value tracker saw no change
      tracked = current;
      onChange(current);
    });
    return {
      render(value) {
        if (nativeValue.get.call(textarea) !== value) textarea.value = value;
      },
    };
  }

  /** Deterministic pseudo-random numbers (mulberry32), so seeded lists look the same every load. */
  function seeded(seed) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const FIRST = [
    'Ayu',
    'Bayu',
    'Citra',
    'Dimas',
    'Eka',
    'Fitri',
    'Gilang',
    'Hana',
    'Indra',
    'Jihan',
    'Kurnia',
    'Lestari',
    'Mega',
    'Nanda',
    'Oki',
    'Putra',
    'Ratna',
    'Sari',
    'Teguh',
    'Umi',
    'Wahyu',
    'Yuni',
    'Zahra',
    'Arif',
    'Bella',
    'Dedi',
    'Fajar',
    'Intan',
    'Rizky',
    'Wulan',
  ];
  const LAST = [
    'Pratama',
    'Saputra',
    'Wijaya',
    'Lestari',
    'Hidayat',
    'Kusuma',
    'Nugroho',
    'Permata',
    'Setiawan',
    'Rahayu',
    'Siregar',
    'Harahap',
    'Putri',
    'Santoso',
    'Utami',
    'Gunawan',
    'Maharani',
    'Purnomo',
  ];

  /** `count` distinct Indonesian buyer names, the same for the same seed. */
  function buyerNames(count, seed = 7) {
    const random = seeded(seed);
    const names = new Set();
    while (names.size < count) {
      const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
      names.add(names.size >= FIRST.length * LAST.length ? `${name} ${names.size}` : name);
    }
    return [...names];
  }

  // Products of lib/catalog/sample.ts with the variants buyers name (the demo catalog).
  const QUESTIONS = [
    'Kak, Kaos Polos Cotton Combed 30s warna hitam ukuran L masih ada?',
    'Kemeja flanel kotak yang merah ukuran M ready kak?',
    'Hoodie oversize abu misty XL masih ada stok?',
    'Gamis syari wolfis warna navy ready kak?',
    'Hijab pashmina ceruty babydoll warna sage ada kak?',
    'Sneakers kanvas putih ukuran 42 masih ada?',
    'Sepatu lari mesh biru ukuran 42 ready?',
    'Tumbler stainless 500ml yang putih masih ada kak?',
    'Powerbank 10000mAh warna hitam ready kak?',
    'Keyboard mechanical switch brown masih ada?',
    'Lipstik matte warna 03 Brick Red ready kak?',
    'Madu hutan sumbawa yang 500 gr ada kak?',
    'Kabel data type C yang 2 meter ready?',
    'Botol minum anak warna pink masih ada?',
    'Jaket bomber hitam ukuran L ready kak?',
  ];

  /** A buyer question about a product of the demo catalog, chosen by `index`. */
  function productQuestion(index) {
    return QUESTIONS[index % QUESTIONS.length];
  }

  /** An avatar as an inline SVG (no network): the initial on a colour of its own. */
  function avatarUrl(name) {
    const hue = fnv(name) % 360;
    const letter = (name.trim()[0] ?? '?').toUpperCase();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" rx="20" fill="hsl(${hue},55%,60%)"/><text x="20" y="26" font-size="18" text-anchor="middle" fill="#fff" font-family="Arial">${letter}</text></svg>`;
    return `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }

  /** A stand-in photo (a buyer's picture of a damaged item) as an inline SVG. */
  function photoUrl(label) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="#d9d4cc"/><path d="M20 100 L70 40 L100 80 L120 60 L150 100 Z" fill="#a39b8f"/><text x="80" y="20" font-size="11" text-anchor="middle" fill="#555" font-family="Arial">${label}</text></svg>`;
    return `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }

  const pad = (n) => String(n).padStart(2, '0');
  /** "HH:MM" in the page's local time. */
  const clock = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  const dayStart = (ms) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  /** Whole calendar days between `ms` and `now` (0 = today, 1 = yesterday). */
  const daysAgo = (ms, now) => Math.round((dayStart(now) - dayStart(ms)) / 86_400_000);

  window.SimKit = Object.freeze({
    h,
    hashedClasses,
    controlledTextarea,
    seeded,
    buyerNames,
    productQuestion,
    avatarUrl,
    photoUrl,
    pad,
    clock,
    dayStart,
    daysAgo,
  });
})();
