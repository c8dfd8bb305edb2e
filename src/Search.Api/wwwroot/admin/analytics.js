// The editors' analytics page: asks for the API key (kept in this tab's sessionStorage only), reads
// GET /api/admin/analytics and draws it with the vendored Chart.js (window.Chart, loaded before this module runs).

const keyStore = 'search-analytics-key';
const $ = (selector) => document.querySelector(selector);
const charts = new Map();
const accent = '#a4161a';
const muted = '#595959';

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function setStatus(text, error = false) {
  const status = $('#status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

function percent(rate) {
  return `${(rate * 100).toFixed(1)}%`;
}

function fillTable(selector, rows) {
  const body = $(`${selector} tbody`);
  body.replaceChildren(...rows.map((cells) => {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      td.textContent = String(cell);
      tr.append(td);
    }
    return tr;
  }));
}

function drawBar(id, labels, values, label, options = {}) {
  charts.get(id)?.destroy();
  const chart = new window.Chart($(`#${id}`), {
    type: 'bar',
    data: { labels, datasets: [{ label, data: values, backgroundColor: options.color ?? accent }] },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        [options.horizontal ? 'y' : 'x']: { ticks: { color: muted } },
        [options.horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          ...(options.rate ? { max: 1 } : {}),
          ticks: options.rate
            ? { color: muted, callback: (value) => percent(value) }
            : { color: muted, precision: 0 },
        },
      },
    },
  });
  charts.set(id, chart);
  return chart;
}

function hourLabel(iso) {
  return iso.slice(0, 13).replace('T', ' ') + ':00';
}

function render(report) {
  $('#searches').textContent = report.searches.toLocaleString('en-GB');
  $('#zero-searches').textContent = report.zeroResultSearches.toLocaleString('en-GB');
  $('#related-rate').textContent = `${percent(report.related.rate)} (${report.related.clicks} of ${report.related.views})`;
  $('#store-rows').textContent = report.store.rows.toLocaleString('en-GB');

  const hours = report.searchesPerHour;
  drawBar('per-hour-chart', hours.map((h) => hourLabel(h.hour)), hours.map((h) => h.searches), 'Searches');
  fillTable('#per-hour-table', hours.map((h) => [hourLabel(h.hour), h.searches, h.zeroResults]));

  const ctr = report.clickThroughByPosition;
  drawBar('ctr-chart', ctr.map((p) => String(p.position)), ctr.map((p) => p.rate), 'Click-through rate', { rate: true });
  fillTable('#ctr-table', ctr.map((p) => [p.position, p.views, p.clicks, percent(p.rate)]));

  const top = report.topQueries;
  drawBar('top-chart', top.map((q) => q.query), top.map((q) => q.searches), 'Searches', { horizontal: true });
  fillTable('#top-table', top.map((q) => [q.query, q.searches, q.zeroResults]));
  fillTable('#zero-table', report.zeroResultQueries.map((q) => [q.query, q.searches]));
  $('#report').hidden = false;
}

async function load() {
  const key = $('#api-key').value.trim();
  if (!key) {
    setStatus('Enter the API key to see the report.', true);
    return;
  }
  sessionStorage.setItem(keyStore, key);
  const url = new URL('/api/admin/analytics', location.origin);
  if ($('#from').value) url.searchParams.set('from', $('#from').value);
  if ($('#to').value) url.searchParams.set('to', $('#to').value);
  setStatus('Loading…');
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json', 'X-Api-Key': key }, cache: 'no-store' });
    if (response.status === 401) {
      setStatus('That API key was not accepted.', true);
      return;
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      setStatus(problem?.title ?? `The report could not be loaded (${response.status}).`, true);
      return;
    }
    render(await response.json());
    setStatus(`Report for ${$('#from').value} to ${$('#to').value} (UTC).`);
  } catch {
    setStatus('The report could not be loaded: the service did not answer.', true);
  }
}

function init() {
  const today = new Date();
  $('#to').value = isoDate(today);
  $('#from').value = isoDate(new Date(today.getTime() - 6 * 86_400_000));
  $('#report-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  $('#forget').addEventListener('click', () => {
    sessionStorage.removeItem(keyStore);
    $('#api-key').value = '';
    setStatus('Key forgotten.');
  });
  const saved = sessionStorage.getItem(keyStore);
  if (saved) {
    $('#api-key').value = saved;
    load();
  }
}

init();
