/*
 * Attest's form, made livelier when JavaScript runs; every page works without it.
 * 1. Conditional questions: each carries its showIf condition in data-show-if (see ShowIfJson.java). They are
 *    shown or hidden as soon as an answer changes, with the hidden attribute, so a hidden question can be neither
 *    focused nor read out.
 * 2. Autosave: ~800 ms after the owner stops typing, the step's form is posted to data-autosave; the result is
 *    announced, discreetly, in the aria-live status line.
 * Served from /static/ by Attest itself: the Content-Security-Policy allows no inline or foreign script.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-autosave]');
  if (!form) {
    return;
  }
  var status = document.getElementById('save-status');
  var parsed = new Map();

  // Tells the server the owner saw conditional questions appear as they answered (no extra round trip needed).
  var live = document.createElement('input');
  live.type = 'hidden';
  live.name = 'live';
  live.value = '1';
  form.appendChild(live);

  function questionOf(name) {
    return Array.prototype.find.call(form.querySelectorAll('[data-q]'), function (el) {
      return el.getAttribute('data-q') === name;
    });
  }

  function inputs(name) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name === name;
    });
  }

  /** The answer as the server's validator sees it: null when hidden, unanswered, "don't know" or not valid. */
  function valueOf(name) {
    var question = questionOf(name);
    if (!question || question.closest('[hidden]')) {
      return null;
    }
    var unknown = inputs('dk.' + name).some(function (el) { return el.checked; });
    if (unknown) {
      return null;
    }
    var type = question.getAttribute('data-type');
    var fields = inputs(name);
    if (type === 'multi') {
      return fields.filter(function (el) { return el.checked; }).map(function (el) { return el.value; });
    }
    var chosen = fields.filter(function (el) {
      return (el.type !== 'radio' && el.type !== 'checkbox') || el.checked;
    })[0];
    var text = chosen ? chosen.value.trim() : '';
    if (text === '' || text === 'dont_know') {
      return null;
    }
    if (type === 'yesno') {
      return text === 'yes' ? true : text === 'no' ? false : null;
    }
    if (type === 'number') {
      var cleaned = text.replace(/,/g, '.').replace(/ /g, '');
      var number = Number(cleaned);
      return cleaned === '' || isNaN(number) ? null : number;
    }
    return text;
  }

  // JSON numbers are JS numbers, so 12 equals 12.0 as on the server.
  function same(a, b) {
    return a === b;
  }

  /** The questionnaire's showIf operators, as in ShowIf.java. */
  function holds(condition) {
    if ('all' in condition) {
      return condition.all.every(holds);
    }
    if ('any' in condition) {
      return condition.any.some(holds);
    }
    if ('not' in condition) {
      return !holds(condition.not);
    }
    var value = 'value' in condition ? condition.value : valueOf(condition.name);
    if ('equals' in condition) {
      return value !== null && same(value, condition.equals);
    }
    if ('in' in condition) {
      return value !== null && condition['in'].some(function (item) { return same(value, item); });
    }
    if ('contains' in condition) {
      return Array.isArray(value) && value.some(function (item) { return same(item, condition.contains); });
    }
    if ('greaterThan' in condition) {
      return typeof value === 'number' && value > condition.greaterThan;
    }
    if ('lessThan' in condition) {
      return typeof value === 'number' && value < condition.lessThan;
    }
    if ('answered' in condition) {
      return (value !== null) === condition.answered;
    }
    return true;
  }

  function conditionOf(el) {
    if (!parsed.has(el)) {
      parsed.set(el, JSON.parse(el.getAttribute('data-show-if')));
    }
    return parsed.get(el);
  }

  /** Re-checks every condition until nothing changes: a question may depend on one that just appeared. */
  function refresh() {
    var conditional = form.querySelectorAll('[data-show-if]');
    for (var pass = 0; pass < 10; pass++) {
      var changed = false;
      conditional.forEach(function (el) {
        var show = holds(conditionOf(el));
        if (el.hidden === show) {
          el.hidden = !show;
          changed = true;
        }
      });
      if (!changed) {
        return;
      }
    }
  }

  var timer = null;
  var saving = false;
  var again = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function now() {
    return new Date().toLocaleTimeString(document.documentElement.lang || undefined,
      { hour: '2-digit', minute: '2-digit' });
  }

  function body() {
    return new URLSearchParams(new FormData(form));
  }

  function save() {
    timer = null;
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    fetch(form.getAttribute('data-autosave'), {
      method: 'POST',
      body: body(),
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (result) {
      var text = status.getAttribute('data-saved') + ' ' + now();
      if (result.invalid && result.invalid.length) {
        text += '. ' + status.getAttribute('data-saved-except');
      }
      say(text);
    }).catch(function () {
      say(status.getAttribute('data-not-saved'));
    }).then(function () {
      saving = false;
      if (again) {
        again = false;
        save();
      }
    });
  }

  function changed() {
    refresh();
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // The form's own submit saves everything; a pending autosave would only repeat it.
  form.addEventListener('submit', function () {
    clearTimeout(timer);
    timer = null;
  });
  // Leaving the page before the pause is over still keeps what was typed.
  window.addEventListener('pagehide', function () {
    if (timer !== null && navigator.sendBeacon) {
      clearTimeout(timer);
      timer = null;
      navigator.sendBeacon(form.getAttribute('data-autosave'), body());
    }
  });
  refresh();
}());
