// The page's sentences, numbers and dates in the visitor's language. English is built in
// (strings.js); another language's table comes from the host (/i18n/TAG.json, made from the
// desktop app's translations, docs/PROTOCOL.md). A key that table lacks falls back to English.
import { english } from './strings.js';

let language = 'en';
let table = english;
let plurals = new Intl.PluralRules('en');
let numbers = new Intl.NumberFormat('en');

export const currentLanguage = () => language;

// Right-to-left scripts turn the whole page around.
export const isRightToLeft = () => /^(ar|he|fa|ur|yi|ps|sd|ug)\b/i.test(language);

// Takes the host's table for the first of the browser's languages that the host speaks. English
// needs no request; a language the host does not have (404) moves on to the next one; a host
// that cannot be asked leaves the page in English.
export async function loadLanguage(wanted = navigator.languages) {
  for (const tag of wanted) {
    if (/^en\b/i.test(tag)) break;
    const found = await fetch(`i18n/${tag}.json`).then((answer) => answer.ok && answer.json()).catch(() => null);
    if (found === false) continue;
    if (found) {
      language = tag;
      table = found;
    }
    break;
  }
  plurals = new Intl.PluralRules(language);
  numbers = new Intl.NumberFormat(language);
}

// The template among a plural's forms for `count`. The built-in English names its forms by
// category ({one, other}); the host's tables by sample counts ({"0": …, "1": …, "2": …}), so a
// count takes the form of a sample in its own category.
export function pluralForm(forms, count, rules = plurals) {
  const category = rules.select(count);
  if (forms[category] !== undefined) return forms[category];
  const sample = Object.keys(forms).find((key) => /^\d+$/.test(key) && rules.select(Number(key)) === category);
  return sample !== undefined ? forms[sample] : forms.other;
}

// The template of `key`: this language's, else English's, else the key itself (a missing
// sentence shows up as its key instead of as nothing).
function template(key, params) {
  const value = table[key] ?? english[key] ?? key;
  return typeof value === 'string' ? value : pluralForm(value, params?.count ?? 0);
}

export const formatNumber = (n) => numbers.format(n);
const formatParam = (value) => (typeof value === 'number' ? formatNumber(value) : String(value));

// t('sys.joined', {name: 'Ann'}) -> 'Ann joined', as a plain string.
export function t(key, params) {
  return template(key, params).replace(/\{(\w+)\}/g, (marker, name) =>
    (params?.[name] !== undefined ? formatParam(params[name]) : marker));
}

// Like t(), but a DocumentFragment in which each parameter named in `isolate` is wrapped in
// <bdi class="name">, so a right-to-left name cannot reorder the sentence around it. Every part
// goes in as text.
export function tNodes(key, params, isolate = []) {
  const fragment = document.createDocumentFragment();
  for (const part of template(key, params).split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const known = name !== undefined && params?.[name] !== undefined;
    if (known && isolate.includes(name)) {
      const bdi = document.createElement('bdi');
      bdi.className = 'name';
      bdi.textContent = formatParam(params[name]);
      fragment.append(bdi);
    } else if (part) {
      fragment.append(known ? formatParam(params[name]) : part);
    }
  }
  return fragment;
}

// Dates and times, made on first use: the language is known only after loadLanguage().
const formatters = {};
function dateFormat(kind, options) {
  formatters[kind] ??= new Intl.DateTimeFormat(language, options);
  return formatters[kind];
}
export const formatTime = (ts) => dateFormat('time', { hour: 'numeric', minute: '2-digit' }).format(ts);
export const formatFullDate = (ts) => dateFormat('full', { dateStyle: 'full', timeStyle: 'short' }).format(ts);
export const formatDay = (ts) => dateFormat('day', { dateStyle: 'long' }).format(ts);
