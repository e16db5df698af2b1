import { describe, expect, it } from 'vitest';
import {
  BrowserMissingError,
  candidatePaths,
  distroOf,
  ensureBrowser,
  findBrowser,
  installHint,
  type Machine,
} from './find-browser';

// The first run on machines the project cannot test on: each platform's usual places, the variable,
// the install on a root Debian/Ubuntu machine, and the one sentence everywhere else.

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

function machine(over: Partial<Machine> & { files?: string[] } = {}): Machine {
  const files = new Set(over.files ?? []);
  return {
    platform: 'linux',
    env: {},
    home: '/home/agen',
    osRelease: DEBIAN,
    isRoot: false,
    exists: (path) => files.has(path),
    ...over,
  };
}

describe('findBrowser', () => {
  it("finds Debian's Chromium and Firefox ESR where their packages put them", () => {
    const m = machine({ files: ['/usr/lib/chromium/chromium', '/usr/lib/firefox-esr/firefox-esr'] });
    expect(findBrowser('chromium', m)).toBe('/usr/lib/chromium/chromium');
    expect(findBrowser('firefox', m)).toBe('/usr/lib/firefox-esr/firefox-esr');
  });

  it('finds the macOS app bundles, in /Applications or the home folder', () => {
    const m = machine({
      platform: 'darwin',
      files: [
        '/home/agen/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Firefox.app/Contents/MacOS/firefox',
      ],
    });
    expect(findBrowser('chromium', m)).toBe('/home/agen/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(findBrowser('firefox', m)).toBe('/Applications/Firefox.app/Contents/MacOS/firefox');
  });

  it('finds the Windows installs under LOCALAPPDATA and Program Files', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\agen\\AppData\\Local', ProgramFiles: 'C:\\Program Files' };
    const m = machine({
      platform: 'win32',
      env,
      files: [
        'C:\\Users\\agen\\AppData\\Local\\Chromium\\Application\\chrome.exe',
        'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
      ],
    });
    expect(findBrowser('chromium', m)).toBe(
      'C:\\Users\\agen\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    );
    expect(findBrowser('firefox', m)).toBe('C:\\Program Files\\Mozilla Firefox\\firefox.exe');
  });

  it('takes CHROMIUM_PATH / FIREFOX_PATH over the usual places, and only when the file is there', () => {
    const files = ['/opt/c/chrome', '/usr/lib/chromium/chromium'];
    expect(findBrowser('chromium', machine({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, files }))).toBe(
      '/opt/c/chrome',
    );
    expect(findBrowser('chromium', machine({ env: { CHROMIUM_PATH: '/opt/gone' }, files }))).toBeNull();
    expect(findBrowser('firefox', machine({ env: { FIREFOX_PATH: '/opt/ff' }, files: ['/opt/ff'] }))).toBe(
      '/opt/ff',
    );
  });

  it('leaves out snap builds, which cannot use the tests’ temporary profiles', () => {
    expect(candidatePaths('chromium', machine()).some((p) => p.startsWith('/snap/'))).toBe(false);
    expect(findBrowser('firefox', machine({ files: ['/snap/bin/firefox'] }))).toBeNull();
  });
});

describe('installHint', () => {
  it('names the exact command for each platform in one sentence', () => {
    const hints = [
      installHint('chromium', machine()),
      installHint('firefox', machine()),
      installHint('chromium', machine({ osRelease: UBUNTU })),
      installHint('chromium', machine({ platform: 'darwin', osRelease: null })),
      installHint('firefox', machine({ platform: 'darwin', osRelease: null })),
      installHint('chromium', machine({ platform: 'win32', osRelease: null })),
      installHint('firefox', machine({ platform: 'win32', osRelease: null })),
    ];
    expect(hints.map((h) => /`([^`]+)`/.exec(h)?.[1])).toEqual([
      'sudo apt-get install chromium',
      'sudo apt-get install firefox-esr',
      'sudo apt-get install chromium-browser',
      'brew install --cask chromium',
      'brew install --cask firefox@esr',
      'winget install Hibbiki.Chromium',
      'winget install Mozilla.Firefox.ESR',
    ]);
    for (const hint of hints) {
      expect(hint.split(/\.\s/)).toHaveLength(1);
      expect(hint).not.toMatch(/\n|at .*:\d+/);
    }
  });

  it('says when the variable points nowhere', () => {
    expect(installHint('firefox', machine({ env: { FIREFOX_PATH: '/opt/none' } }))).toBe(
      "FIREFOX_PATH is set to /opt/none, which does not exist: point it at Firefox ESR's executable.",
    );
  });
});

describe('distroOf', () => {
  it('tells Debian and Ubuntu (and their derivatives) from the rest', () => {
    expect(distroOf(DEBIAN)).toBe('debian');
    expect(distroOf(UBUNTU)).toBe('ubuntu');
    expect(distroOf('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe('ubuntu');
    expect(distroOf(FEDORA)).toBeNull();
    expect(distroOf(null)).toBeNull();
  });
});

describe('ensureBrowser', () => {
  it('installs the Debian package as root, says so, and returns the new path', () => {
    const files = ['/usr/bin/apt-get'];
    const m = machine({ isRoot: true, files });
    const runs: string[] = [];
    const lines: string[] = [];
    const path = ensureBrowser('firefox', {
      machine: { ...m, exists: (p) => files.includes(p) },
      log: (line) => lines.push(line),
      run: (command, args) => {
        runs.push([command, ...args].join(' '));
        if (args.includes('firefox-esr')) files.push('/usr/lib/firefox-esr/firefox-esr');
        return true;
      },
    });
    expect(path).toBe('/usr/lib/firefox-esr/firefox-esr');
    expect(runs).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends firefox-esr',
    ]);
    expect(lines[0]).toBe(
      'Firefox ESR was not found: installing the firefox-esr package with apt-get (this machine runs as root).',
    );
  });

  it('installs nothing and names the command when not root, not Debian/Ubuntu, or opted out', () => {
    const base = { files: ['/usr/bin/apt-get'] };
    for (const m of [
      machine({ ...base, isRoot: false }),
      machine({ ...base, isRoot: true, osRelease: FEDORA }),
      machine({ ...base, isRoot: true, platform: 'darwin' }),
      machine({ ...base, isRoot: true, env: { SIGAP_NO_BROWSER_INSTALL: '1' } }),
      machine({ ...base, isRoot: true, env: { CHROMIUM_PATH: '/opt/none' } }),
    ]) {
      const runs: string[] = [];
      expect(() =>
        ensureBrowser('chromium', { machine: m, log: () => {}, run: (c) => !!runs.push(c) }),
      ).toThrow(BrowserMissingError);
      expect(runs).toEqual([]);
    }
  });

  it('says so in one sentence when apt-get fails', () => {
    const m = machine({ isRoot: true, files: ['/usr/bin/apt-get'] });
    expect(() => ensureBrowser('chromium', { machine: m, log: () => {}, run: () => false })).toThrow(
      'Installing chromium with apt-get failed: run `apt-get install chromium` yourself and look at its output.',
    );
  });
});
