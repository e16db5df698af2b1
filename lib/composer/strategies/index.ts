import type { Strategy } from '../types';
import { contentEditableBeforeInput } from './content-editable-before-input';
import { contentEditableExecCommand } from './content-editable-exec-command';
import { contentEditablePaste } from './content-editable-paste';
import { textControlExecCommand } from './text-control-exec-command';
import { textControlSetRangeText } from './text-control-set-range-text';

/**
 * Native editing first (trusted events, native undo), then synthetic events for editors that
 * manage their own model. beforeinput precedes paste: Lexical also handles paste, but inserting
 * "as typed" is closer to what an agent does.
 */
export const DEFAULT_STRATEGIES: readonly Strategy[] = [
  textControlExecCommand,
  textControlSetRangeText,
  contentEditableExecCommand,
  contentEditableBeforeInput,
  contentEditablePaste,
];
