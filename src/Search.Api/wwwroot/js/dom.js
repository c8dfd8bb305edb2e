// Small DOM helpers. Everything from the API goes in as text (textContent), except the search
// snippet, which the server escapes and marks up; even that is rebuilt here from text and <mark> only.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

export function $(selector) {
  return document.querySelector(selector);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Dates are shown in UTC: the corpus gives publication days, and a reader's time zone must not move them.
export function timeElement(value, long = false) {
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const time = el('time', null, (long ? longFormat : dayFormat).format(date));
  time.dateTime = date.toISOString().slice(0, 10);
  return time;
}

// The snippet arrives HTML-escaped with <mark> around matches. Parsing it in an inert <template> and
// copying only text and <mark> means a server bug could never turn a snippet into live markup.
export function snippetFragment(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.append(node.textContent);
    } else if (node.nodeName === 'MARK') {
      out.append(el('mark', null, node.textContent));
    } else {
      out.append(node.textContent ?? '');
    }
  }
  return out;
}

export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message (same count after a new search).
  region.textContent = '';
  window.setTimeout(() => { region.textContent = message; }, 50);
}

// Only http(s) URLs from the data become links; anything else is dropped. No url at all is no link:
// new URL(null, base) would be "<base>/null".
export function safeHref(url) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
