import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_HOST_PATTERNS } from '../lib/marketplaces/hosts';
import { checkManifest, type PackageFiles, packageFiles, pngSize } from './check-manifest';

// The store checks on packages made in memory: each rule catches its own fault, and a package shaped
// like Sigap's passes. The real build is checked by the same function in `npm run zip` / test:e2e.

function png(width: number, height = width): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from('89504e470d0a1a0a', 'hex').copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

const GOOD = {
  manifest_version: 3,
  name: 'Sigap',
  description: '__MSG_extDescription__',
  default_locale: 'id',
  permissions: ['storage', 'clipboardWrite', 'alarms'],
  icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  content_scripts: [{ matches: [...MARKETPLACE_HOST_PATTERNS], js: ['content-scripts/chat.js'] }],
  web_accessible_resources: [{ resources: ['sidebar.html'], matches: [...MARKETPLACE_HOST_PATTERNS] }],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
  background: { service_worker: 'background.js' },
};

function pkg(manifest: object, extra: Record<string, Buffer | string> = {}): PackageFiles {
  const files: Record<string, Buffer> = {
    'manifest.json': Buffer.from(JSON.stringify(manifest)),
    '_locales/id/messages.json': Buffer.from(
      JSON.stringify({ extDescription: { message: 'Sidebar untuk CS' } }),
    ),
    'background.js': Buffer.from('console.log(1)'),
    'sidebar.html': Buffer.from('<script type="module" src="/chunks/sidebar.js"></script>'),
    'icon/16.png': png(16),
    'icon/32.png': png(32),
    'icon/48.png': png(48),
    'icon/128.png': png(128),
  };
  for (const [path, content] of Object.entries(extra)) files[path] = Buffer.from(content);
  return {
    list: () => Object.keys(files),
    read: (path) => {
      const found = files[path];
      if (!found) throw new Error(`ENOENT ${path}`);
      return found;
    },
  };
}

describe('checkManifest', () => {
  it("passes a package shaped like Sigap's", () => {
    expect(checkManifest(pkg(GOOD))).toEqual([]);
  });

  it('refuses a permission nobody justified, and hosts beyond the seller centres', () => {
    const problems = checkManifest(
      pkg({
        ...GOOD,
        permissions: ['storage', 'tabs'],
        host_permissions: ['<all_urls>'],
        content_scripts: [{ matches: ['https://*/*'] }],
      }),
    );
    expect(problems).toEqual([
      'permission "tabs" has no justification in scripts/check-manifest.ts',
      'host_permissions names <all_urls>, which is no marketplace seller centre',
      'content_scripts[0] names https://*/*, which is no marketplace seller centre',
    ]);
  });

  it('takes optional hosts asked for at run time only when justified (the team server)', () => {
    expect(checkManifest(pkg({ ...GOOD, optional_host_permissions: ['https://*/*', 'http://*/*'] }))).toEqual(
      [],
    );
    expect(checkManifest(pkg({ ...GOOD, optional_host_permissions: ['<all_urls>'] }))).toEqual([
      'optional_host_permissions names <all_urls> with no justification in scripts/check-manifest.ts',
    ]);
  });

  it('finds remote code: a CSP source, a remote script tag, remote imports, eval and Function', () => {
    const problems = checkManifest(
      pkg(
        {
          ...GOOD,
          content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com" },
        },
        {
          'options.html': '<script src="https://cdn.example.com/x.js"></script>',
          'chunks/a.js': 'importScripts("https://cdn.example.com/worker.js")',
          'chunks/b.js': 'const m = await import("https://cdn.example.com/m.js")',
          'chunks/c.js': 'fetch("https://example.com/data.json")',
          'chunks/d.js': 'function f(s){return Function.apply(null,[s])}',
          'chunks/e.js': 'const g = new Function("return 1")',
          'chunks/g.js': 'x.eval(1); myFunction(2); api.Function(3); const evaluate = 1',
          'chunks/f.js': 'eval("1+1")',
        },
      ),
    );
    expect(problems).toEqual([
      'content_security_policy lets scripts come from https://cdn.example.com: no remote code',
      'options.html loads code from another server',
      'chunks/a.js loads code from another server',
      'chunks/b.js loads code from another server',
      'chunks/d.js compiles code from a string (eval / Function)',
      'chunks/e.js compiles code from a string (eval / Function)',
      'chunks/f.js compiles code from a string (eval / Function)',
    ]);
  });

  it('wants each icon size, as a PNG of that size', () => {
    const problems = checkManifest(
      pkg(
        { ...GOOD, icons: { 16: 'icon/16.png', 32: 'icon/big.png', 48: 'icon/none.png' } },
        { 'icon/big.png': png(64) },
      ),
    );
    expect(problems).toEqual([
      'icon icon/big.png is 64×64, not 32×32',
      'icon icon/none.png is not in the package',
      'icons has no 128×128 icon',
    ]);
  });

  it("keeps the description within the store's 132 characters", () => {
    expect(checkManifest(pkg({ ...GOOD, description: 'x'.repeat(133) }))).toEqual([
      "the description has 133 characters, over the store's 132",
    ]);
    expect(checkManifest(pkg({ ...GOOD, description: '__MSG_missing__' }))).toEqual([
      'the description (id) is empty or its message is missing',
    ]);
    const english = JSON.stringify({ extDescription: { message: 'y'.repeat(140) } });
    expect(checkManifest(pkg(GOOD, { '_locales/en/messages.json': english }))).toEqual([
      "the description (en) has 140 characters, over the store's 132",
    ]);
  });
});

describe('pngSize', () => {
  it("reads the committed icons' real sizes", () => {
    const icons = packageFiles(resolve(import.meta.dirname, '../public/icon'));
    for (const size of [16, 32, 48, 128])
      expect(pngSize(icons.read(`${size}.png`))).toEqual({ width: size, height: size });
    expect(pngSize(Buffer.from('GIF89a'))).toBeNull();
  });
});
