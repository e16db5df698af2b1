// The Chrome Web Store (and Edge Add-ons) checks we can run here, on the built package: every
// permission and host has a justification (the text the store's review form asks for), no remote
// code (the CSP, the pages' scripts, the bundles' dynamic loads), icons at 16/32/48/128 of those real
// pixel sizes, and a description within the store's 132 characters.
//
// `tsx scripts/check-manifest.ts [dir]` (default .output/chrome-mv3) prints what passed, or every
// problem and exit code 1. `npm run zip` and `npm run test:e2e` run it on the Chrome build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MARKETPLACE_HOST_PATTERNS } from '../lib/marketplaces/hosts';

/** Why Sigap asks for each API permission, as it is written in the store's privacy form. */
export const PERMISSION_JUSTIFICATIONS: Record<string, string> = {
  storage:
    "Keeps the agent's settings (shop name, operating hours, reply targets, language), the sidebar's width and state, and the snippets' trigger words on this computer.",
  clipboardWrite:
    'When Sigap cannot find the chat box on a page, it copies the chosen answer to the clipboard so the agent can paste it.',
  alarms:
    "Only while a shop has connected Sigap to its own team server: wakes Sigap's background every 30 seconds so the shop's shared catalog, snippets and reply figures keep syncing while the browser has put it to sleep.",
};

/** Why Sigap runs on the marketplace hosts (the same text for each of them). */
export const HOST_JUSTIFICATION =
  "Sigap's sidebar works only on the seller-chat pages of these seller centres: it reads the open conversation (buyer name, message times) to show the waiting time and to put the agent's chosen answer into the chat box.";

/**
 * Why Sigap may ask for any host later (optional, never at install): the shop's own team server
 * (lib/team), asked for that one origin from Pengaturan › Tim when the owner or an agent connects.
 */
export const OPTIONAL_HOST_JUSTIFICATION: Record<string, string> = {
  'https://*/*':
    "Only when a shop connects Sigap to its own team server (Pengaturan › Tim): the browser asks for that one server's origin at that moment, to sync the shop's catalog, snippets and reply figures.",
  'http://*/*':
    "The same, for a team server on the shop's own network without HTTPS (for example a CouchDB on the office LAN).",
};

export const REQUIRED_ICON_SIZES = [16, 32, 48, 128] as const;
const DESCRIPTION_LIMIT = 132;

export interface PackageFiles {
  /** Paths relative to the package root, '/'-separated. */
  list(): string[];
  read(path: string): Buffer;
}

/** The pixel size of a PNG (its IHDR chunk), or null when the bytes are no PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type Manifest = Record<string, unknown> & {
  manifest_version?: number;
  default_locale?: string;
  description?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { matches?: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  background?: { service_worker?: string; scripts?: string[] };
};

function localised(text: string | undefined, manifest: Manifest, files: PackageFiles): string | undefined {
  const key = /^__MSG_(\w+)__$/.exec(text ?? '')?.[1];
  if (!key || !manifest.default_locale) return text;
  try {
    const messages = JSON.parse(
      files.read(`_locales/${manifest.default_locale}/messages.json`).toString('utf8'),
    );
    return messages[key]?.message;
  } catch {
    return undefined;
  }
}

// What a bundle or page would need to run code from elsewhere.
const REMOTE_CODE = [
  /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i,
  /\bimportScripts\(\s*["'`](https?:)?\/\//,
  /\bimport\(\s*["'`](https?:)?\/\//,
  /\bimport\s[^;]*?from\s*["'`]https?:\/\//,
];

// What would compile code from a string at run time (web-ext lint's DANGEROUS_EVAL; MV3's CSP
// refuses it anyway, so such a path is dead code a reviewer still asks about).
const CODE_FROM_STRINGS = [/(?<![.\w$])eval\s*\(/, /(?<![.\w$])(?:new\s+)?Function\s*(?:\(|\.apply\s*\()/];

/** Every problem a store review would raise that can be seen in the package; [] when none. */
export function checkManifest(files: PackageFiles): string[] {
  const problems: string[] = [];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(files.read('manifest.json').toString('utf8'));
  } catch (error) {
    return [`manifest.json cannot be read: ${(error as Error).message}`];
  }
  if (manifest.manifest_version !== 3) problems.push('manifest_version must be 3 for the Chrome Web Store');

  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    if (!PERMISSION_JUSTIFICATIONS[permission]) {
      problems.push(`permission "${permission}" has no justification in scripts/check-manifest.ts`);
    }
  }
  const allowedHosts = new Set<string>(MARKETPLACE_HOST_PATTERNS);
  const hostLists: [string, string[]][] = [
    ['host_permissions', manifest.host_permissions ?? []],
    ...(manifest.content_scripts ?? []).map((c, i): [string, string[]] => [
      `content_scripts[${i}]`,
      c.matches ?? [],
    ]),
    ...(manifest.web_accessible_resources ?? []).map((w, i): [string, string[]] => [
      `web_accessible_resources[${i}]`,
      w.matches ?? [],
    ]),
  ];
  for (const [where, patterns] of hostLists) {
    for (const pattern of patterns) {
      if (!allowedHosts.has(pattern))
        problems.push(`${where} names ${pattern}, which is no marketplace seller centre`);
    }
  }

  for (const pattern of manifest.optional_host_permissions ?? []) {
    if (!OPTIONAL_HOST_JUSTIFICATION[pattern])
      problems.push(
        `optional_host_permissions names ${pattern} with no justification in scripts/check-manifest.ts`,
      );
  }

  const csp = manifest.content_security_policy?.extension_pages ?? '';
  const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? ["'self'"];
  for (const source of scriptSrc) {
    if (source !== "'self'" && source !== "'wasm-unsafe-eval'") {
      problems.push(`content_security_policy lets scripts come from ${source}: no remote code`);
    }
  }

  const all = files.list();
  for (const path of all.filter((p) => /\.(m?js|html)$/.test(p))) {
    const text = files.read(path).toString('utf8');
    if (REMOTE_CODE.some((pattern) => pattern.test(text)))
      problems.push(`${path} loads code from another server`);
    if (path.endsWith('js') && CODE_FROM_STRINGS.some((pattern) => pattern.test(text)))
      problems.push(`${path} compiles code from a string (eval / Function)`);
  }
  const background = manifest.background?.service_worker;
  if (background && !all.includes(background))
    problems.push(`background ${background} is not in the package`);

  for (const size of REQUIRED_ICON_SIZES) {
    const path = manifest.icons?.[String(size)];
    if (!path) {
      problems.push(`icons has no ${size}×${size} icon`);
      continue;
    }
    const file = path.replace(/^\//, '');
    if (!all.includes(file)) {
      problems.push(`icon ${file} is not in the package`);
      continue;
    }
    const found = pngSize(files.read(file));
    if (!found) problems.push(`icon ${file} is not a PNG`);
    else if (found.width !== size || found.height !== size) {
      problems.push(`icon ${file} is ${found.width}×${found.height}, not ${size}×${size}`);
    }
  }

  // Each language's description is shown in its own store listing: every one must fit.
  const locales = all.flatMap((p) => /^_locales\/([^/]+)\/messages\.json$/.exec(p)?.[1] ?? []);
  const translated = manifest.description?.startsWith('__MSG_') ?? false;
  for (const locale of translated ? locales : [null]) {
    const description = localised(
      manifest.description,
      { ...manifest, default_locale: locale ?? undefined },
      files,
    );
    const where = locale ? ` (${locale})` : '';
    if (!description) problems.push(`the description${where} is empty or its message is missing`);
    else if (description.length > DESCRIPTION_LIMIT) {
      problems.push(
        `the description${where} has ${description.length} characters, over the store's ${DESCRIPTION_LIMIT}`,
      );
    }
  }
  return problems;
}

export function packageFiles(dir: string): PackageFiles {
  const walk = (at: string): string[] =>
    readdirSync(at).flatMap((name) => {
      const path = join(at, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split('\\').join('/')];
    });
  return { list: () => walk(dir), read: (path) => readFileSync(join(dir, path)) };
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs.endsWith('check-manifest.ts')) {
  const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No built package at ${dir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const problems = checkManifest(packageFiles(dir));
  if (problems.length) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    process.exit(1);
  }
  console.log(
    `Manifest check of ${relative(process.cwd(), dir)}: permissions justified, marketplace hosts only, no remote code or eval, icons at ${REQUIRED_ICON_SIZES.join('/')}, description within ${DESCRIPTION_LIMIT} characters.`,
  );
}
