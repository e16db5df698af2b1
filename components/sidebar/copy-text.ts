/**
 * The fallback when the page has no chat box we can find: the text goes to the clipboard so the
 * agent can paste it. The async Clipboard API needs the frame's `allow="clipboard-write"` (set by the
 * dock); execCommand('copy') is allowed to extension pages holding the clipboardWrite permission.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
