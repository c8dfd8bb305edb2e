// The search service's read API, same origin as this page.

import { effectiveSort } from './state.js';

async function getJson(path, params, signal) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== '' && value != null) url.searchParams.set(key, String(value));
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    const error = new Error(`${path} answered ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

export function search(state, signal) {
  return getJson('/api/search', {
    q: state.q,
    section: state.section,
    entity: state.entity,
    sort: effectiveSort(state),
    page: state.page > 1 ? state.page : '',
    size: state.size,
  }, signal);
}

export function suggest(text, signal) {
  return getJson('/api/suggest', { q: text, count: 8 }, signal).then((r) => r.items ?? []);
}

export function article(id, signal) {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, null, signal);
}

// A click beacon for search analytics (POST /api/events): sent as text/plain so it survives the page changing and
// never needs a preflight. Nothing about the reader is in it; a failure is ignored, the reader never waits for it.
export function beacon(event) {
  const body = JSON.stringify(event);
  const url = new URL('/api/events', location.origin).href;
  try {
    if (navigator.sendBeacon?.(url, body)) return;
    fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } }).catch(() => {});
  } catch {
    // Analytics must never break the page.
  }
}
