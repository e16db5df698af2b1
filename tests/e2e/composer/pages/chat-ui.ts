// The parts every simulated chat shows from its own state: counter, Send button, state dump.
export const MAX_LENGTH = 500;

export function chatChrome(composer: HTMLElement): (text: string) => void {
  const counter = document.createElement('span');
  counter.id = 'counter';
  const send = document.createElement('button');
  send.id = 'send';
  send.textContent = 'Kirim';
  const state = document.createElement('output');
  state.id = 'state';
  document.body.append(composer, counter, send, state);
  return (text) => {
    counter.textContent = `${text.length}/${MAX_LENGTH}`;
    send.disabled = text.trim() === '';
    state.textContent = JSON.stringify(text);
  };
}
