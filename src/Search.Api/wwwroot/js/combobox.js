// Search box suggestions, following the WAI-ARIA combobox pattern with a listbox popup:
// focus stays in the input, the highlighted option is named by aria-activedescendant.

import { el, announce } from './dom.js';

const kindLabels = { entity: 'Topic', term: 'Word', title: 'Headline' };
const debounceMs = 120;

export function attachCombobox({ input, listbox, fetchSuggestions, onChoose }) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const isOpen = () => !listbox.hidden;

  function open() {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    window.clearTimeout(timer);
    controller?.abort();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(index) {
    const options = listbox.querySelectorAll('[role="option"]');
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    const item = items[index];
    if (!item) return;
    input.value = item.text;
    close();
    onChoose(item);
  }

  function optionLabel(text, typed) {
    const label = el('span', 'suggestion-text');
    // Bold the part the reader has not typed yet, as most search boxes do.
    if (text.toLowerCase().startsWith(typed.toLowerCase())) {
      label.append(text.slice(0, typed.length), el('strong', null, text.slice(typed.length)));
    } else {
      label.textContent = text;
    }
    return label;
  }

  // keepText: the option the reader had highlighted in the list this one replaces; a response that lands while
  // they arrow through the list keeps that option highlighted when it is still offered, rather than resetting it.
  function render(typed, keepText) {
    listbox.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (items.length === 0) {
      close();
      return;
    }

    items.forEach((item, i) => {
      const option = el('li', `suggestion suggestion-${item.kind}`);
      option.id = `suggestion-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.append(optionLabel(item.text, typed), el('span', 'suggestion-kind', kindLabels[item.kind] ?? ''));
      // mousedown, not click: the input must keep focus, or blur would close the list first.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(i);
      });
      listbox.append(option);
    });
    open();
    const kept = keepText == null ? -1 : items.findIndex((item) => item.text === keepText);
    if (kept >= 0) setActive(kept);
    announce(`${items.length} suggestion${items.length === 1 ? '' : 's'} available.`);
  }

  async function load(typed) {
    controller?.abort();
    controller = new AbortController();
    try {
      const found = await fetchSuggestions(typed, controller.signal);
      if (input.value.trim() !== typed || document.activeElement !== input) return;
      const highlighted = isOpen() && active >= 0 ? items[active]?.text : null;
      items = found;
      render(typed, highlighted);
    } catch (error) {
      // An aborted request was overtaken by newer typing; a failed one just means no suggestions.
      if (error.name !== 'AbortError') close();
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2) {
      items = [];
      close();
      return;
    }
    timer = window.setTimeout(() => load(typed), debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active + 1 >= count ? 0 : active + 1);
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          choose(active);
        } else {
          close();
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', close);

  return { close };
}
