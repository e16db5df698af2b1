import { type Lang, t } from '../i18n';
import { replyClockMessages as m } from './messages';
import type { ReplySample } from './samples';
import { localIsoString } from './time-zone';

export interface CsvOptions<T extends ReplySample = ReplySample> {
  lang?: Lang;
  /** IANA zone for the ISO times; the browser's own zone when left out. */
  timeZone?: string;
  /**
   * ',' by default. Excel in an Indonesian locale expects ';' (the decimal separator is ','), so the
   * export dialog may offer it.
   */
  delimiter?: ',' | ';';
  /** Prefix a UTF-8 byte-order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  /**
   * Adds an agent column first (team sync: whose browser recorded each sample). The name comes from
   * the sync server, so it gets the same formula guard as every other cell.
   */
  agent?: (sample: T) => string;
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab/CR, which some strip first) as a formula.
 * Conversation ids come from the marketplace page, so a buyer could shape one; a leading apostrophe
 * makes the cell plain text (OWASP "CSV injection").
 */
export function protectCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Samples as CSV (RFC 4180, CRLF), a header row first, times in ISO 8601 with the local offset. */
export function samplesToCsv<T extends ReplySample>(
  samples: readonly T[],
  options: CsvOptions<T> = {},
): string {
  const { lang, timeZone, delimiter = ',', bom = false, agent } = options;
  const seconds = (ms: number) => String(Math.round(ms / 1000));
  const header = [
    m.csvMarketplace,
    m.csvConversation,
    m.csvBuyerAt,
    m.csvReplyAt,
    m.csvLatency,
    m.csvLatencyWithinHours,
    m.csvFirstReply,
  ].map((message) => t(message, undefined, lang));
  if (agent) header.unshift(t(m.csvAgent, undefined, lang));
  const rows = samples.map((s) => [
    ...(agent ? [agent(s)] : []),
    s.marketplace,
    s.conversationId,
    localIsoString(s.buyerAt, timeZone),
    localIsoString(s.replyAt, timeZone),
    seconds(s.latencyMs),
    s.latencyWithinHoursMs === null ? '' : seconds(s.latencyWithinHoursMs),
    t(s.firstReply ? m.csvYes : m.csvNo, undefined, lang),
  ]);
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => quote(protectCell(cell), delimiter)).join(delimiter),
  );
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
