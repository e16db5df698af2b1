// Small checks for values that arrive in runtime messages. Each returns null when the value is
// acceptable and otherwise the reason in plain English for the background's log: a refused write is
// logged with why, never stored. Reasons name sizes, never echo the value (it may be megabytes).

export type Reason = string | null;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (value === undefined) return 'undefined';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkString(name: string, value: unknown, maxLength: number): Reason {
  if (typeof value !== 'string') return `${name} is ${describe(value)}, not a string`;
  if (value.length === 0) return `${name} is empty`;
  if (value.length > maxLength) return `${name} has ${value.length} characters (at most ${maxLength})`;
  return null;
}

export function checkInteger(name: string, value: unknown, min: number, max: number): Reason {
  if (typeof value !== 'number' || !Number.isInteger(value))
    return `${name} is ${describe(value)}, not an integer`;
  if (value < min || value > max) return `${name} is ${value}, outside ${min}…${max}`;
  return null;
}

export function checkFinite(name: string, value: unknown, min: number, max: number): Reason {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `${name} is ${describe(value)}, not a finite number`;
  if (value < min || value > max) return `${name} is ${value}, outside ${min}…${max}`;
  return null;
}

export function checkOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): Reason {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? null
    : `${name} is ${describe(value)}, not one of ${allowed.join(', ')}`;
}

/** The first reason of several checks, in order, or null when all pass. */
export function firstReason(...reasons: Reason[]): Reason {
  return reasons.find((r) => r !== null) ?? null;
}

/** What a check makes of a message's data: the value to use, or why the whole message is refused. */
export type Checked<T> =
  | {
      ok: true;
      value: T /** Parts left out (a bad sample among good ones), with reasons. */;
      refused?: readonly string[];
    }
  | { ok: false; reason: string };

export type Check<T> = (data: unknown) => Checked<T>;

/** A check that accepts or refuses the data as a whole. */
export function whole<T>(reason: (data: unknown) => Reason): Check<T> {
  return (data) => {
    const why = reason(data);
    return why === null ? { ok: true, value: data as T } : { ok: false, reason: why };
  };
}

/** For requests that carry no data: whatever was sent is ignored. */
export const noData: Check<undefined> = () => ({ ok: true, value: undefined });
