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
