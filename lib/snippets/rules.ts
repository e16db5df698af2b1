import type { StoredSnippet } from '../db/schema';
import { defineMessages, type Lang, t } from '../i18n';
import { normaliseCombo } from '../key-combo';
import { describeConflict, type HotkeyConflict, hotkeyConflicts } from './hotkey-conflicts';
import { SNIPPET_CATEGORIES } from './types';

// What makes a snippet storable, shared by the editor (inline messages), the database writes (last
// guard) and the JSON import (errors per item), so all three refuse the same things.

/** What the agent types after "/": the content script matches it as one word. */
export const TRIGGER_PATTERN = /^[a-z0-9_-]+$/;
export const TRIGGER_MAX = 30;
export const TITLE_MAX = 80;

export type SnippetDraft = Pick<StoredSnippet, 'title' | 'category' | 'body' | 'trigger' | 'hotkey' | 'lang'>;
export type SnippetField = keyof SnippetDraft;

export type SnippetProblem =
  | { field: 'title'; code: 'required' | 'tooLong' }
  | { field: 'category'; code: 'unknown' }
  | { field: 'body'; code: 'required' }
  | { field: 'trigger'; code: 'pattern' | 'tooLong' | 'taken'; title?: string }
  | { field: 'hotkey'; code: 'conflict'; conflict: HotkeyConflict }
  | { field: 'lang'; code: 'unknown' };

/** "/Salam " → "salam"; empty → null. The leading slash is how the agent thinks of it, not part of it. */
export function cleanTrigger(text: string | null): string | null {
  const trimmed = (text ?? '').trim().replace(/^\/+/, '').toLowerCase();
  return trimmed === '' ? null : trimmed;
}

export interface RuleContext {
  /** The stored snippets the draft must not clash with (the draft's own row is skipped by `selfId`). */
  others: readonly StoredSnippet[];
  selfId?: string;
  focusSearchHotkey: string | null;
}

/** Every problem of a draft whose trigger was passed through `cleanTrigger`. */
export function snippetProblems(draft: SnippetDraft, context: RuleContext): SnippetProblem[] {
  const out: SnippetProblem[] = [];
  const title = draft.title.trim();
  if (title === '') out.push({ field: 'title', code: 'required' });
  else if (title.length > TITLE_MAX) out.push({ field: 'title', code: 'tooLong' });
  if (!(SNIPPET_CATEGORIES as readonly string[]).includes(draft.category)) {
    out.push({ field: 'category', code: 'unknown' });
  }
  if (draft.body.trim() === '') out.push({ field: 'body', code: 'required' });
  if (draft.trigger !== null) {
    if (!TRIGGER_PATTERN.test(draft.trigger)) out.push({ field: 'trigger', code: 'pattern' });
    else if (draft.trigger.length > TRIGGER_MAX) out.push({ field: 'trigger', code: 'tooLong' });
    const taken = context.others.find(
      (s) => s.id !== context.selfId && s.trigger?.toLowerCase() === draft.trigger,
    );
    if (taken) out.push({ field: 'trigger', code: 'taken', title: taken.title });
  }
  if (draft.hotkey !== null) {
    for (const conflict of hotkeyConflicts(draft.hotkey, {
      snippets: context.others,
      selfId: context.selfId,
      focusSearchHotkey: context.focusSearchHotkey,
    })) {
      out.push({ field: 'hotkey', code: 'conflict', conflict });
    }
  }
  if (draft.lang !== 'id' && draft.lang !== 'en') out.push({ field: 'lang', code: 'unknown' });
  return out;
}

/** The draft as stored: trimmed title, clean trigger, normalised hotkey. */
export function tidyDraft(draft: SnippetDraft): SnippetDraft {
  return {
    title: draft.title.trim(),
    category: draft.category,
    body: draft.body,
    trigger: cleanTrigger(draft.trigger),
    hotkey: draft.hotkey ? normaliseCombo(draft.hotkey) : null,
    lang: draft.lang,
  };
}

const messages = defineMessages({
  titleRequired: { id: 'Judul wajib diisi.', en: 'The title is required.' },
  titleTooLong: { id: 'Judul paling banyak {max} karakter.', en: 'The title has at most {max} characters.' },
  categoryUnknown: {
    id: 'Kategori tidak dikenal; pilih salah satu dari: {list}.',
    en: 'Unknown category; pick one of: {list}.',
  },
  bodyRequired: { id: 'Isi template wajib diisi.', en: 'The template text is required.' },
  triggerPattern: {
    id: 'Pemicu hanya boleh huruf, angka, - dan _ (tanpa spasi).',
    en: 'A trigger may only hold letters, digits, - and _ (no spaces).',
  },
  triggerTooLong: {
    id: 'Pemicu paling banyak {max} karakter.',
    en: 'A trigger has at most {max} characters.',
  },
  triggerTaken: {
    id: '/{trigger} sudah dipakai template “{title}”.',
    en: '/{trigger} is already used by the template “{title}”.',
  },
  langUnknown: { id: 'Bahasa harus "id" atau "en".', en: 'The language must be "id" or "en".' },
});

/** The problem in the UI language; `draft` fills in the trigger it is about. */
export function describeProblem(problem: SnippetProblem, draft: Pick<SnippetDraft, 'trigger'>, lang: Lang) {
  switch (problem.field) {
    case 'title':
      return problem.code === 'required'
        ? t(messages.titleRequired, undefined, lang)
        : t(messages.titleTooLong, { max: TITLE_MAX }, lang);
    case 'category':
      return t(messages.categoryUnknown, { list: SNIPPET_CATEGORIES.join(', ') }, lang);
    case 'body':
      return t(messages.bodyRequired, undefined, lang);
    case 'trigger':
      if (problem.code === 'pattern') return t(messages.triggerPattern, undefined, lang);
      if (problem.code === 'tooLong') return t(messages.triggerTooLong, { max: TRIGGER_MAX }, lang);
      return t(messages.triggerTaken, { trigger: draft.trigger ?? '', title: problem.title ?? '' }, lang);
    case 'hotkey':
      return describeConflict(problem.conflict, lang);
    case 'lang':
      return t(messages.langUnknown, undefined, lang);
  }
}

export class InvalidSnippetError extends Error {
  constructor(readonly problems: SnippetProblem[]) {
    super(`invalid snippet: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    this.name = 'InvalidSnippetError';
  }
}
