// Small helpers for building the page. Text from the network only ever goes in as text
// (textContent, or strings given to append()), never as markup.

// Every element of index.html that has an id, by its camel-cased id: el.joinNick is #join-nick.
export const el = {};
for (const node of document.querySelectorAll('[id]')) {
  el[node.id.replace(/-(\w)/g, (dash, letter) => letter.toUpperCase())] = node;
}

export function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A name for a control without visible text: read by screen readers, shown on hover.
export function setLabel(node, text) {
  node.setAttribute('aria-label', text);
  node.title = text;
}

export const on = (node, type, handler) => node.addEventListener(type, handler);
