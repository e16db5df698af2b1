// The composer's public API, used by the content script (and bundled alone for the e2e pages).
export { isEditable } from './editable';
export { insertText } from './insert';
export type { EditorText } from './selection';
export { placeCaret, readEditorText } from './selection';
export type { Edit, InsertOptions, InsertResult, Outcome, Strategy } from './types';
