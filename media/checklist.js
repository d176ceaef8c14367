// The FactorGuard checklist webview. It renders what the extension sends and
// sends back what the user did; every message is validated by the extension.
// No inline handlers: the Content Security Policy allows this file only.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  const status = document.getElementById('status');

  function post(message) {
    vscode.postMessage(message);
  }

  function announce(text, error) {
    status.textContent = text;
    status.classList.toggle('error', Boolean(error));
  }

  /** A key that finds the same control again after the content is replaced. */
  function keyOf(el) {
    if (!el || el === document.body) return undefined;
    if (el.id) return `#${el.id}`;
    const row = el.closest('[data-toil-id]');
    const d = el.dataset || {};
    return [row ? row.dataset.toilId : '', d.field, d.action, d.id, d.generator, d.path, d.index].join('|');
  }

  function controls() {
    return content.querySelectorAll('input, select, button, textarea');
  }

  function render(html) {
    const focused = keyOf(document.activeElement);
    // What the user is typing (and the form's own checkboxes) survives a refresh;
    // a tick checkbox is saved the moment it changes, so the report's state wins.
    const dirty = new Map();
    for (const el of controls()) {
      if (el.dataset.dirty === '1' && el.dataset.action !== 'tick') dirty.set(keyOf(el), { value: el.value, checked: el.checked });
    }
    const scroll = window.scrollY;
    content.innerHTML = html;
    for (const el of controls()) {
      const key = keyOf(el);
      if (dirty.has(key)) {
        const kept = dirty.get(key);
        if (el.type === 'checkbox') el.checked = kept.checked;
        else el.value = kept.value;
        el.dataset.dirty = '1';
      }
      if (focused && key === focused) el.focus({ preventScroll: true });
    }
    window.scrollTo(0, scroll);
  }

  function focusAnchor(anchor) {
    const el = document.getElementById(anchor);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus();
  }

  function resetForm(id) {
    const form = document.getElementById(id);
    if (!form) return;
    form.reset();
    for (const el of form.querySelectorAll('[data-dirty]')) delete el.dataset.dirty;
  }

  function number(input) {
    const value = input.value.trim() === '' ? NaN : Number(input.value);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  }

  /** Reads a toil entry from the controls of `scope`; announces and focuses the first bad field. */
  function readEntry(scope, id) {
    const field = (name) => scope.querySelector(`[data-field="${name}"], [name="${name}"]`);
    const task = field('task');
    const minutes = field('minutesEach');
    const times = field('timesPerWeek');
    const checks = [
      [task, task.value.trim() !== '', 'Enter the task.'],
      [minutes, number(minutes) !== undefined, 'Enter the minutes each time, as a number of 0 or more.'],
      [times, number(times) !== undefined, 'Enter how many times per week, as a number of 0 or more.'],
    ];
    for (const [input, ok] of checks) input.setAttribute('aria-invalid', String(!ok));
    const bad = checks.find((c) => !c[1]);
    if (bad) {
      announce(bad[2], true);
      bad[0].focus();
      return undefined;
    }
    return { id, task: task.value.trim(), minutesEach: number(minutes), timesPerWeek: number(times), automatable: field('automatable').checked };
  }

  function noteFor(id) {
    return Array.from(content.querySelectorAll('[data-note-for]')).find((el) => el.dataset.noteFor === id);
  }

  function tickFor(id) {
    return Array.from(content.querySelectorAll('[data-action="tick"]')).find((el) => el.dataset.id === id);
  }

  function onClick(button) {
    const d = button.dataset;
    switch (d.action) {
      case 'refresh':
      case 'trust':
        return post({ type: d.action });
      case 'open':
        return post(d.line ? { type: 'open', path: d.path, line: Number(d.line) } : { type: 'open', path: d.path });
      case 'fix':
        return post({ type: 'fix', generator: d.generator });
      case 'note': {
        const tick = tickFor(d.id);
        return post({ type: 'tick', id: d.id, checked: Boolean(tick && tick.checked), note: noteFor(d.id).value });
      }
      case 'toil-save': {
        const row = button.closest('[data-toil-id]');
        const entry = readEntry(row, row.dataset.toilId);
        return entry && post({ type: 'toil', action: 'update', entry });
      }
      case 'toil-remove':
        return post({ type: 'toil', action: 'remove', id: button.closest('[data-toil-id]').dataset.toilId });
      case 'suggest': {
        const task = document.getElementById('toil-add-task');
        task.value = d.task;
        task.dataset.dirty = '1';
        document.getElementById('toil-add-minutes').focus();
        return announce('The task is in the form below: fill in the minutes and times per week, then choose Add to log.');
      }
    }
    return undefined;
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || !content.contains(button)) return;
    event.preventDefault();
    onClick(button);
  });

  document.addEventListener('change', (event) => {
    const el = event.target;
    if (el.matches('input[type="checkbox"]:not([data-action])')) el.dataset.dirty = '1';
    if (el.matches('input[data-action="tick"]')) post({ type: 'tick', id: el.dataset.id, checked: el.checked });
    else if (el.matches('select[data-action="folder"]')) post({ type: 'folder', folderUri: el.value });
  });

  document.addEventListener('input', (event) => {
    if (event.target.matches('input, textarea')) event.target.dataset.dirty = '1';
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.id !== 'toil-add') return;
    event.preventDefault();
    const entry = readEntry(form, '');
    if (entry) post({ type: 'toil', action: 'add', entry });
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'render' && typeof message.html === 'string') render(message.html);
    else if (message.type === 'status') {
      announce(String(message.text), message.error);
      if (message.reset) resetForm(message.reset);
    } else if (message.type === 'focus') focusAnchor(message.anchor);
  });

  post({ type: 'ready' });
})();
