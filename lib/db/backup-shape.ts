import { validRetentionDays } from './reply-samples';

// The shape every row of a backup must have before it may replace the stored data: a backup is a
// file from anywhere (a colleague, a chat, an editor), so each value is checked for its type and
// range, and a field the format does not know is refused rather than written into the database.
// A check returns the first problem as a path and what was expected ("products[12].price: a whole
// number ≥ 0"), or null.

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const str =
  (max = 100_000): Check =>
  (v, path) =>
    typeof v === 'string' && v.length <= max ? null : `${path}: text of at most ${max} characters`;
export const nonEmptyStr =
  (max = 100_000): Check =>
  (v, path) =>
    typeof v === 'string' && v !== '' && v.length <= max ? null : `${path}: non-empty text`;
export const wholeMin =
  (min: number): Check =>
  (v, path) =>
    Number.isSafeInteger(v) && (v as number) >= min ? null : `${path}: a whole number ≥ ${min}`;
export const finite: Check = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) ? null : `${path}: a finite number`;
export const bool: Check = (v, path) => (typeof v === 'boolean' ? null : `${path}: true or false`);
export const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (v, path) =>
    allowed.includes(v) ? null : `${path}: one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
export const nullable =
  (check: Check): Check =>
  (v, path) =>
    v === null ? null : check(v, path);
export const anyJson: Check = () => null;

export const arrayOf =
  (check: Check, max = 10_000_000): Check =>
  (v, path) => {
    if (!Array.isArray(v) || v.length > max) return `${path}: a list`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };

/** An object with exactly these fields; those marked optional may be absent. */
export const record =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v, path) => {
    if (!isObject(v)) return `${path}: an object`;
    for (const key of Object.keys(v)) {
      if (!(key in required) && !(key in optional)) return `${path}.${key}: not a field of this format`;
    }
    for (const [key, check] of Object.entries(required)) {
      if (!(key in v)) return `${path}.${key}: missing`;
      const problem = check(v[key], `${path}.${key}`);
      if (problem) return problem;
    }
    for (const [key, check] of Object.entries(optional)) {
      if (!(key in v) || v[key] === undefined) continue;
      const problem = check(v[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };

/** A list whose rows are unique by `key` (the table's primary key). */
export const uniqueBy =
  (key: string, check: Check): Check =>
  (v, path) => {
    const problem = arrayOf(check)(v, path);
    if (problem) return problem;
    const seen = new Set<unknown>();
    for (let i = 0; i < (v as Record<string, unknown>[]).length; i++) {
      const id = (v as Record<string, unknown>[])[i]![key];
      if (seen.has(id)) return `${path}[${i}].${key}: ${JSON.stringify(id)} appears twice`;
      seen.add(id);
    }
    return null;
  };

// ── The stored rows (lib/db/schema.ts) ──────────────────────────────────────────────────────────

const variant = record({
  sku: nonEmptyStr(500),
  name: str(500),
  price: wholeMin(0),
  stock: nullable(wholeMin(0)),
});

export const product = record(
  {
    sku: nonEmptyStr(500),
    name: str(500),
    price: wholeMin(0),
    stock: nullable(wholeMin(0)),
    variants: arrayOf(variant, 10_000),
    updatedAt: finite,
  },
  {
    category: str(500),
    description: str(5000),
    tags: arrayOf(str(500), 1000),
    url: str(2000),
    weight: wholeMin(0),
    importId: wholeMin(1),
    updatedBy: str(200),
  },
);

export const snippet = record(
  {
    id: nonEmptyStr(200),
    title: str(500),
    category: str(100),
    body: str(20_000),
    trigger: nullable(str(100)),
    hotkey: nullable(str(100)),
    lang: oneOf('id', 'en'),
    order: finite,
    useCount: wholeMin(0),
    updatedAt: finite,
  },
  // Team sync (lib/team): the snippet's scope and who last changed it on another browser.
  { scope: oneOf('tim', 'pribadi'), updatedBy: str(200) },
);

export const conversation = record({
  key: nonEmptyStr(1000),
  marketplace: str(100),
  conversationId: str(1000),
  buyerName: nullable(str(1000)),
  lastSeenAt: finite,
});

export const replySample = record(
  {
    id: nonEmptyStr(2000),
    marketplace: str(100),
    conversationId: str(1000),
    buyerAt: finite,
    replyAt: finite,
    latencyMs: finite,
    latencyWithinHoursMs: nullable(finite),
    firstReply: bool,
  },
  // Team sync: the agent whose browser recorded another agent's sample.
  { agent: str(200) },
);

export const importRecord = record(
  {
    id: wholeMin(1),
    at: finite,
    fileName: str(1000),
    added: wholeMin(0),
    updated: wholeMin(0),
    unchanged: wholeMin(0),
    skipped: wholeMin(0),
    addedSkus: arrayOf(str(500)),
    previous: arrayOf(product),
    undoneAt: nullable(finite),
  },
  { expired: oneOf(true) },
);

export const meta = record({ key: nonEmptyStr(200), value: anyJson });

// ── The settings in browser.storage (lib/settings.ts) ───────────────────────────────────────────

const retentionDays: Check = (v, path) =>
  typeof v === 'number' && validRetentionDays(v) ? null : `${path}: whole days from 90 to 3650`;

const shift = record({ open: str(5), close: str(5) });

/** Each backed-up storage key and the shape of its value. */
export const SETTING_SHAPES: Record<string, Check> = {
  shopName: str(500),
  lang: oneOf('id', 'en'),
  sidebar: record({ open: bool, width: finite }),
  replyTargets: record({ dueMs: wholeMin(1), overdueMs: wholeMin(1) }),
  answerTemplate: str(20_000),
  hours: record({
    days: (v, path) =>
      Array.isArray(v) && v.length === 7 ? arrayOf(arrayOf(shift, 48))(v, path) : `${path}: 7 days`,
    holidays: arrayOf(str(10), 10_000),
  }),
  tone: record({ enabled: bool, allow: arrayOf(str(500), 10_000) }),
  replyRetentionDays: retentionDays,
  snippetKeys: record({
    triggers: arrayOf(str(100)),
    hotkeys: arrayOf(str(100)),
    expandKey: oneOf('Tab', 'Space'),
    focusSearchHotkey: str(100),
  }),
};

export const settings = record({}, SETTING_SHAPES);
