// The one key that accepts Saran's chosen suggestion (the first, or the one chosen with ↑/↓ in the
// sidebar) while the agent types in the chat box. Fixed, not configurable: "S" for Saran, free in
// Chromium and Firefox (unlike Alt+D/E/F), next to none of Sigap's defaults (Alt+G, Alt+C, Alt+1…3,
// Alt+K, and the browser commands Alt+Shift+S/K). A snippet hotkey or the search hotkey the shop set
// to the same combo wins in the chat box, and the snippet editor warns against it.
export const SARAN_KEY = 'Alt+S';
