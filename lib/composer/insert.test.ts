// The chain's decisions, in happy-dom (which has no execCommand, so the synthetic-event strategies
// are what run here; Chromium's behaviour is covered by tests/e2e/composer.e2e.ts).
import { describe, expect, it, vi } from 'vitest';
import { insertText } from './insert';
import { readEditorText } from './selection';
import type { Edit, Outcome, Strategy } from './types';

function textarea(value = ''): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

function editable(html = ''): HTMLDivElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

function fake(name: string, act: (edit: Edit) => Outcome): Strategy & { attempt: ReturnType<typeof vi.fn> } {
  return { name, nativeUndo: false, appliesTo: () => true, attempt: vi.fn(act) };
}

describe('insertText on a textarea without execCommand', () => {
  it('uses setRangeText with the events a typing person fires', () => {
    const el = textarea('Pagi /salam');
    const events: string[] = [];
    for (const type of ['beforeinput', 'input']) {
      el.addEventListener(type, (e) =>
        events.push(`${e.type}:${(e as InputEvent).inputType}:${(e as InputEvent).data}`),
      );
    }
    const result = insertText(el, 'Selamat pagi 🙏', { replace: { start: 5, end: 11 } });
    expect(result).toEqual({ ok: true, strategy: 'text-control:set-range-text' });
    expect(readEditorText(el)).toEqual({ text: 'Pagi Selamat pagi 🙏', caret: 20 });
    expect(events).toEqual(['beforeinput:insertText:Selamat pagi 🙏', 'input:insertText:Selamat pagi 🙏']);
  });

  it('respects a page that cancels beforeinput', () => {
    const el = textarea('Halo');
    el.addEventListener('beforeinput', (e) => e.preventDefault());
    expect(insertText(el, ' Kak')).toEqual({ ok: false, reason: 'rejected' });
    expect(el.value).toBe('Halo');
  });

  it('turns CRLF into LF so the landed-text check holds', () => {
    const el = textarea();
    expect(insertText(el, 'satu\r\ndua')).toMatchObject({ ok: true });
    expect(el.value).toBe('satu\ndua');
  });
});

describe('the chain', () => {
  it('tries site strategies first and stops at the first that lands', () => {
    const el = textarea('ab');
    const site = fake('site:shopee', ({ editor, text, start, end }) => {
      (editor as HTMLTextAreaElement).setRangeText(text, start, end, 'end');
      return 'attempted';
    });
    expect(insertText(el, 'X', { replace: { start: 1, end: 1 }, strategies: [site] })).toEqual({
      ok: true,
      strategy: 'site:shopee',
    });
    expect(el.value).toBe('aXb');
  });

  it('moves on when a strategy changed nothing', () => {
    const el = textarea();
    const idle = fake('site:idle', () => 'attempted');
    expect(insertText(el, 'Halo', { strategies: [idle] })).toEqual({
      ok: true,
      strategy: 'text-control:set-range-text',
    });
    expect(idle.attempt).toHaveBeenCalledOnce();
  });

  it('takes back partial text and tries nothing else', () => {
    const el = textarea('Halo');
    el.setSelectionRange(4, 4);
    const partial = fake('site:partial', ({ editor }) => {
      (editor as HTMLTextAreaElement).setRangeText(' K', 4, 4, 'end');
      return 'attempted';
    });
    const next = fake('site:next', () => 'attempted');
    expect(insertText(el, ' Kak', { strategies: [partial, next] })).toEqual({
      ok: false,
      reason: 'rejected',
    });
    expect(readEditorText(el)).toEqual({ text: 'Halo', caret: 4 });
    expect(next.attempt).not.toHaveBeenCalled();
  });

  it('stops when an editor consumed the event but shows nothing, so it never gets the text twice', () => {
    const el = textarea();
    const claimed = fake('site:claimed', () => 'claimed');
    const next = fake('site:next', () => 'attempted');
    expect(insertText(el, 'Halo', { strategies: [claimed, next] })).toEqual({
      ok: false,
      reason: 'rejected',
    });
    expect(next.attempt).not.toHaveBeenCalled();
    expect(el.value).toBe('');
  });

  it('reports elements that cannot take text', () => {
    const div = document.createElement('div');
    document.body.append(div);
    expect(insertText(div, 'x')).toEqual({ ok: false, reason: 'not-editable' });
    const input = document.createElement('input');
    input.type = 'checkbox';
    expect(insertText(input, 'x')).toEqual({ ok: false, reason: 'not-editable' });
  });

  it('does nothing, successfully, for empty text at a caret', () => {
    const el = textarea('abc');
    expect(insertText(el, '', { replace: { start: 3, end: 3 } })).toEqual({ ok: true, strategy: 'none' });
    expect(el.value).toBe('abc');
  });
});

describe('insertText on a contenteditable without execCommand', () => {
  it('sends a model editor cancelable beforeinput events, a line break per newline', () => {
    const el = editable('<p>Halo</p>');
    const received: string[] = [];
    el.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      received.push(`${event.inputType}:${event.data ?? ''}`);
      const p = el.querySelector('p')!;
      if (event.inputType === 'insertText') p.append(event.data ?? '');
      else p.append(document.createElement('br'));
    });
    expect(insertText(el, ' Kak\nada yang bisa')).toEqual({
      ok: true,
      strategy: 'contenteditable:beforeinput',
    });
    expect(received).toEqual(['insertText: Kak', 'insertLineBreak:', 'insertText:ada yang bisa']);
    expect(readEditorText(el).text).toBe('Halo Kak\nada yang bisa');
  });

  it('falls to a paste the editor handles, with its own DataTransfer', () => {
    const el = editable('Halo');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.append(event.clipboardData?.getData('text/plain') ?? '');
    });
    expect(insertText(el, ' Kak')).toEqual({ ok: true, strategy: 'contenteditable:paste' });
    expect(readEditorText(el)).toEqual({ text: 'Halo Kak', caret: 8 });
  });

  it('rejects a plain contenteditable, where synthetic events do nothing', () => {
    const el = editable('Halo');
    expect(insertText(el, ' Kak')).toEqual({ ok: false, reason: 'rejected' });
    expect(el.innerHTML).toBe('Halo');
  });
});
