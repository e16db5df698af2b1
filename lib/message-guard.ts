import type { BackgroundProtocol } from './messaging';
import { type Self, type SenderInfo, senderRefusal } from './sender-policy';
import type { Check } from './validate/checks';

// Wraps each background message handler: the sender is checked first (sender-policy.ts), then the
// data (lib/validate), and only then does the handler run. A refusal is logged with its reason and
// answered with an error; nothing refused reaches the database.

type Data<K extends keyof BackgroundProtocol> = Parameters<BackgroundProtocol[K]>[0];
type Result<K extends keyof BackgroundProtocol> = ReturnType<BackgroundProtocol[K]>;

export class RefusedError extends Error {
  override name = 'RefusedError';
}

export type Log = (message: string) => void;

export function createMessageGuard(self: Self, log: Log) {
  return function guard<K extends keyof BackgroundProtocol>(
    type: K,
    check: Check<Data<K>>,
    handler: (
      data: Data<K>,
      context: { sender: SenderInfo; refused: readonly string[] },
    ) => Result<K> | Promise<Result<K>>,
  ) {
    return async (message: { data: unknown; sender: SenderInfo }): Promise<Result<K>> => {
      const senderProblem = senderRefusal(type, message.sender ?? {}, self);
      if (senderProblem) {
        log(`Sigap refused a message: ${senderProblem}`);
        throw new RefusedError(`${type} refused: sender not allowed`);
      }
      const checked = check(message.data);
      if (!checked.ok) {
        log(`Sigap refused ${type}: ${checked.reason}`);
        throw new RefusedError(`${type} refused: ${checked.reason}`);
      }
      const refused = checked.refused ?? [];
      for (const reason of refused) log(`Sigap refused part of ${type}: ${reason}`);
      return handler(checked.value, { sender: message.sender, refused });
    };
  };
}
