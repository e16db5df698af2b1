// Finds the browser a script or test suite needs (Chromium for the demo and the e2e tests, Firefox ESR
// for the Firefox suite). Where it is missing and the machine can install it without asking (root on
// Debian/Ubuntu, as .ci/run is), it installs it and says so; otherwise it stops with one sentence
// naming the command to run. A new user gets that sentence, never a stack trace.
//
// As a command: `tsx scripts/find-browser.ts chromium|firefox` prints the path (or the sentence, and
// exits 1). Imported: `findBrowser` only looks, `ensureBrowser` looks and installs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  exists(path: string): boolean;
  /** /etc/os-release's text, or null where there is none. */
  osRelease: string | null;
  isRoot: boolean;
}

const LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };
/** The variable that names a browser outside the usual places. */
export const PATH_VARIABLE: Record<BrowserName, string> = {
  chromium: 'CHROMIUM_PATH',
  firefox: 'FIREFOX_PATH',
};

/** Where each browser usually is, most likely first. */
export function candidatePaths(
  name: BrowserName,
  machine: Pick<Machine, 'platform' | 'env' | 'home'>,
): string[] {
  const { platform, env, home } = machine;
  if (platform === 'darwin') {
    const apps = ['/Applications', join(home, 'Applications')];
    return name === 'chromium'
      ? apps.map((dir) => `${dir}/Chromium.app/Contents/MacOS/Chromium`)
      : apps.flatMap((dir) => [
          `${dir}/Firefox ESR.app/Contents/MacOS/firefox`,
          `${dir}/Firefox.app/Contents/MacOS/firefox`,
        ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.ProgramFiles, env['ProgramFiles(x86)']].filter(
      (dir): dir is string => Boolean(dir),
    );
    return name === 'chromium'
      ? roots.map((dir) => `${dir}\\Chromium\\Application\\chrome.exe`)
      : roots.map((dir) => `${dir}\\Mozilla Firefox\\firefox.exe`);
  }
  // Linux and the BSDs: Debian's and Fedora's packages, Ubuntu's older deb, then whatever is on PATH.
  // Snap builds are left out: their confinement keeps them from the temporary profiles the tests use.
  return name === 'chromium'
    ? [
        '/usr/lib/chromium/chromium',
        '/usr/lib64/chromium-browser/chromium-browser',
        '/usr/lib/chromium-browser/chromium-browser',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
      ]
    : [
        '/usr/lib/firefox-esr/firefox-esr',
        '/usr/bin/firefox-esr',
        '/usr/lib/firefox/firefox',
        '/usr/bin/firefox',
      ];
}

/** The browser's path: the variable when it names a file that exists, else the first usual place found. */
export function findBrowser(name: BrowserName, machine: Machine = thisMachine()): string | null {
  const named = machine.env[PATH_VARIABLE[name]];
  if (named) return machine.exists(named) ? named : null;
  return candidatePaths(name, machine).find((path) => machine.exists(path)) ?? null;
}

type Distro = 'debian' | 'ubuntu' | null;

export function distroOf(osRelease: string | null): Distro {
  if (!osRelease) return null;
  const field = (key: string) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return null;
}

/** Debian's package names; Ubuntu ships Chromium as chromium-browser and has no Firefox ESR deb. */
export function aptPackage(name: BrowserName, distro: Distro): string {
  if (name === 'chromium') return distro === 'ubuntu' ? 'chromium-browser' : 'chromium';
  return distro === 'ubuntu' ? 'firefox' : 'firefox-esr';
}

/** One sentence naming the exact command that installs the browser on this machine. */
export function installHint(name: BrowserName, machine: Machine): string {
  const label = LABEL[name];
  const variable = PATH_VARIABLE[name];
  const named = machine.env[variable];
  if (named)
    return `${variable} is set to ${named}, which does not exist: point it at ${label}'s executable.`;
  let command: string;
  if (machine.platform === 'darwin') {
    command = name === 'chromium' ? 'brew install --cask chromium' : 'brew install --cask firefox@esr';
  } else if (machine.platform === 'win32') {
    command = name === 'chromium' ? 'winget install Hibbiki.Chromium' : 'winget install Mozilla.Firefox.ESR';
  } else {
    command = `sudo apt-get install ${aptPackage(name, distroOf(machine.osRelease) ?? 'debian')}`;
  }
  return `${label} was not found: install it with \`${command}\` (or set ${variable} to its executable) and run this again.`;
}

/** Root on Debian/Ubuntu with apt-get: the machine installs packages without asking anyone. */
export function canInstallItself(machine: Machine): boolean {
  return (
    machine.platform === 'linux' &&
    machine.isRoot &&
    distroOf(machine.osRelease) !== null &&
    machine.exists('/usr/bin/apt-get') &&
    // An opt-out for a root machine whose packages someone else manages.
    machine.env.SIGAP_NO_BROWSER_INSTALL !== '1'
  );
}

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

export interface EnsureOptions {
  machine?: Machine;
  log?: (line: string) => void;
  /** Runs one command; true when it succeeded. */
  run?: (command: string, args: string[]) => boolean;
}

/**
 * The browser's path, installing it first where the machine may (and saying so through `log`).
 * Throws BrowserMissingError, whose message is the one sentence to show, when it cannot.
 */
export function ensureBrowser(name: BrowserName, options: EnsureOptions = {}): string {
  const machine = options.machine ?? thisMachine();
  const log = options.log ?? ((line) => console.log(line));
  const run = options.run ?? runQuietly;
  const found = findBrowser(name, machine);
  if (found) return found;
  if (machine.env[PATH_VARIABLE[name]] || !canInstallItself(machine)) {
    throw new BrowserMissingError(installHint(name, machine));
  }
  const pkg = aptPackage(name, distroOf(machine.osRelease));
  log(
    `${LABEL[name]} was not found: installing the ${pkg} package with apt-get (this machine runs as root).`,
  );
  const installed =
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg]);
  const path = installed ? findBrowser(name, machine) : null;
  if (!path) {
    throw new BrowserMissingError(
      `Installing ${pkg} with apt-get failed: run \`apt-get install ${pkg}\` yourself and look at its output.`,
    );
  }
  log(`${LABEL[name]} installed at ${path}.`);
  return path;
}

function runQuietly(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

export function thisMachine(): Machine {
  let osRelease: string | null = null;
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a minimal image: no distribution to install from.
  }
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    exists: existsSync,
    osRelease,
    isRoot: process.getuid?.() === 0,
  };
}

/**
 * For scripts and test set-ups: the browser's path, or the one sentence on stderr and exit code 1.
 * The found path is put in the browser's variable, so test workers started afterwards use it.
 */
export function requireBrowser(name: BrowserName): string {
  try {
    const path = ensureBrowser(name);
    process.env[PATH_VARIABLE[name]] = path;
    return path;
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const invokedAs = process.argv[1] ?? '';
if (invokedAs.endsWith('find-browser.ts') || invokedAs.endsWith('find-browser.js')) {
  const name = process.argv[2];
  if (name !== 'chromium' && name !== 'firefox') {
    console.error('Usage: tsx scripts/find-browser.ts chromium|firefox');
    process.exit(2);
  }
  console.log(requireBrowser(name));
}
