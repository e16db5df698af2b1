import { Fragment } from 'react';
import { highlight } from '../../lib/catalog/highlight';

/** `text` with the words matching `query` in <mark>. Rendered as text nodes: product data is untrusted. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const ranges = highlight(text, query);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
