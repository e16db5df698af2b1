/**
 * `document.execCommand`, tolerated missing or throwing: it is deprecated (though it is the only
 * API that edits as the user would, with native undo), absent in some test DOMs, and Firefox has
 * thrown from it for some editing hosts. False means "nothing was done".
 */
export function execCommand(doc: Document, command: string, value?: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}
