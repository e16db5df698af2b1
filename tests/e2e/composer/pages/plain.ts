// Editors with no app behind them: only the DOM tells what landed.
document.body.innerHTML = `
  <textarea id="textarea"></textarea>
  <input id="input" type="text">
  <div id="editable" contenteditable="true"></div>
  <textarea id="short" maxlength="10"></textarea>
  <textarea id="readonly" readonly>tetap</textarea>
  <div id="static">bukan editor</div>
  <input id="other" type="text">
`;
