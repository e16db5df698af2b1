import { detectIntents, type Intent } from './intents';
import { CLAUSE, normalizeTokens } from './normalize';

// The questions a buyer asked, in their order, from one message or a burst of them: "ready warna
// hitam? ukuran L ada? bisa kirim hari ini?" is three. Sentences end at ? ! new lines and full stops
// (not the dot of "1.5"); inside a sentence, commas and "terus/lalu/sekalian" separate two questions
// only when both sides ask something of their own ("halo kak, ready?" stays one question that also
// greets) and the whole says nothing the parts do not. A piece that asks nothing and has no
// question mark ("Saya mau beli") is not a question; one with a question mark but no known intent
// ("bahannya adem ga?") is, and the reply leaves a gap for it. The same question asked twice in a row ("ready kak?" "ready??") counts once, and a
// statement that only goes on about the question before it in the same message ("yang Mocca ada?
// Saya mau Mocca 1 sama Navy 1") is part of that question.

export interface Question {
  /** The buyer's words, trimmed. */
  text: string;
  intents: Intent[];
  /** Index of the buyer message it came from. */
  message: number;
  /** Greets or thanks only: shapes the reply's first or last line, asks nothing. */
  social: boolean;
}

/** A burst longer than this is answered by hand: a reply of more lines would not be read. */
export const MAX_QUESTIONS = 8;

const SOCIAL: ReadonlySet<Intent> = new Set(['greeting', 'thanks']);
const CONNECTOR = /[,;]|\b(?:terus|trus|lalu|sekalian)\b/i;
const PARTICLES = new Set([
  'kak',
  'gan',
  'min',
  'sis',
  'ya',
  'dong',
  'nih',
  'sih',
  'deh',
  'kah',
  'lah',
  'juga',
  'nya',
]);

const asks = (intents: readonly Intent[]) => intents.some((i) => !SOCIAL.has(i));

function sentences(text: string): string[] {
  return text
    .split(/(?<=[?!])|\n+|(?<!\d)\.(?!\d)/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/[?!.,;\s]/g, '') !== '');
}

/**
 * Splits a sentence at commas and connectors where both sides ask something, and where splitting
 * loses nothing the whole says ("kok yg dateng hitam, saya pesen putih" is a wrong item only as
 * one).
 */
function pieces(sentence: string): string[] {
  const parts = sentence
    .split(CONNECTOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  let current = parts[0] ?? '';
  for (const next of parts.slice(1)) {
    const left = detectIntents(current);
    const right = detectIntents(next);
    const whole = detectIntents(`${current}, ${next}`);
    if (asks(left) && asks(right) && whole.every((i) => left.includes(i) || right.includes(i))) {
      out.push(current);
      current = next;
    } else current = `${current}, ${next}`;
  }
  if (current) out.push(current);
  // The question mark ends the sentence, so every piece of a question is one.
  return sentence.trim().endsWith('?') ? out.map((p) => (p.endsWith('?') ? p : `${p}?`)) : out;
}

/** What makes two questions the same: their words without particles. */
function gist(text: string): string {
  return normalizeTokens(text)
    .filter((w) => w !== CLAUSE && !PARTICLES.has(w))
    .join(' ');
}

/** The questions of `messages` (oldest first), in order, at most MAX_QUESTIONS. */
export function splitQuestions(messages: readonly string[]): Question[] {
  const out: Question[] = [];
  let lastGist = '';
  messages.forEach((message, index) => {
    for (const sentence of sentences(message)) {
      for (const piece of pieces(sentence)) {
        const intents = detectIntents(piece);
        const social = intents.length > 0 && !asks(intents);
        if (intents.length === 0 && !piece.endsWith('?')) continue;
        const g = gist(piece);
        if (!social && g === lastGist) continue;
        lastGist = g;
        const previous = out[out.length - 1];
        if (
          previous &&
          previous.message === index &&
          !previous.social &&
          !piece.endsWith('?') &&
          intents.every((i) => i === 'variant' || previous.intents.includes(i))
        ) {
          previous.text = `${previous.text} ${piece}`;
          continue;
        }
        out.push({ text: piece, intents, message: index, social });
      }
    }
  });
  return out.slice(0, MAX_QUESTIONS);
}
