// A React 19 controlled textarea, like Shopee's composer: the app's state, not the DOM, decides
// what the counter shows and whether Send is enabled.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const MAX_LENGTH = 500;

function Chat() {
  const [text, setText] = useState('');
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <textarea id="composer" value={text} maxLength={MAX_LENGTH} onChange={(e) => setText(e.target.value)} />
      <span id="counter">
        {text.length}/{MAX_LENGTH}
      </span>
      <button id="send" type="submit" disabled={text.trim() === ''}>
        Kirim
      </button>
      <output id="state">{JSON.stringify(text)}</output>
    </form>
  );
}

const mount = document.createElement('div');
document.body.append(mount);
createRoot(mount).render(<Chat />);
