// GridDesk field app: every action of the phone pages goes through an outbox in IndexedDB. It is sent
// at once when the network is there and kept when it is not, then sent in order when it returns. Each
// action carries its own Idempotency-Key, so sending it twice (a lost answer, a second tab) applies it once.
(function () {
  'use strict';

  var DB_NAME = 'griddesk-field';
  var STORE = 'outbox';
  var meta = document.querySelector('meta[name="field-texts"]');
  var texts = meta ? meta.dataset : {};
  var flushing = null;

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function withStore(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function pending() { return withStore('readonly', function (s) { return s.getAll(); }); }
  function store(item) { return withStore('readwrite', function (s) { return s.add(item); }); }
  function drop(seq) { return withStore('readwrite', function (s) { return s.delete(seq); }); }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  function enqueue(item) {
    item.key = newKey();
    item.page = location.pathname;
    item.queuedAt = Date.now();
    return store(item).then(flush);
  }

  /** Sends the queue in order; stops at the first action the network or the session did not take. */
  function flush() {
    if (flushing) {
      return flushing;
    }
    flushing = pending().then(sendFrom).catch(function () { }).then(function () {
      flushing = null;
      return showStatus();
    });
    return flushing;
  }

  function sendFrom(items) {
    if (!items || !items.length) {
      return undefined;
    }
    return send(items[0]).then(function (answered) {
      return answered ? drop(items[0].seq).then(function () { return sendFrom(items.slice(1)); }) : undefined;
    });
  }

  function send(item) {
    var headers = { 'Idempotency-Key': item.key, 'HX-Request': 'true' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    if (item.type) {
      headers['Content-Type'] = item.type;
    }
    return fetch(item.url, { method: 'POST', headers: headers, body: item.body, credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        var problem = response.headers.get('X-Problem');
        if (response.type === 'opaqueredirect' || ((response.status === 401 || response.status === 403) && !problem)) {
          show(texts.login, 'warning');
          return false;
        }
        if (response.status >= 500) {
          return false;
        }
        return response.text().then(function (html) {
          if (response.ok) {
            apply(item, html);
          } else {
            showHtml(html);
          }
          return true;
        });
      }, function () { return false; });
  }

  /** Puts the answered section in place, if the user is still on the page the action came from. */
  function apply(item, html) {
    var target = item.target && document.querySelector(item.target);
    if (target && item.page === location.pathname) {
      target.outerHTML = html;
      if (window.griddeskCountdowns) {
        window.griddeskCountdowns();
      }
    } else {
      show(texts.sent, 'success');
    }
  }

  function showHtml(html) {
    var box = document.getElementById('messages');
    if (box) {
      box.innerHTML = html;
      box.scrollIntoView({ block: 'start' });
    }
  }

  function show(text, kind) {
    var box = document.getElementById('messages');
    if (!box || !text) {
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert py-2 alert-' + kind;
    alert.textContent = text;
    box.replaceChildren(alert);
  }

  function showStatus() {
    return pending().then(function (items) {
      var badge = document.getElementById('outbox-status');
      if (!badge) {
        return;
      }
      var n = items ? items.length : 0;
      badge.classList.toggle('d-none', n === 0 && navigator.onLine);
      badge.dataset.pending = String(n);
      badge.textContent = (navigator.onLine ? '' : (texts.offline || 'offline') + ' · ')
        + (n > 0 ? (texts.pending || '{0}').replace('{0}', n) : '');
    }).catch(function () { });
  }

  function locate(form) {
    return new Promise(function (resolve, reject) {
      if (!navigator.geolocation) {
        reject(texts.noPosition);
        return;
      }
      show(texts.locating, 'info');
      navigator.geolocation.getCurrentPosition(function (position) {
        form.elements.latitude.value = position.coords.latitude;
        form.elements.longitude.value = position.coords.longitude;
        form.elements.accuracy.value = position.coords.accuracy;
        resolve();
      }, function () { reject(texts.noPosition); }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 30000 });
    });
  }

  function sectionOf(element) {
    var section = element.closest('section[id]');
    return section ? '#' + section.id : null;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-outbox')) {
      return;
    }
    event.preventDefault();
    var ready = form.hasAttribute('data-geolocate') ? locate(form) : Promise.resolve();
    ready.then(function () {
      var data = new FormData(form);
      data.delete('_csrf');
      var item = { url: form.action, body: new URLSearchParams(data).toString(),
        type: 'application/x-www-form-urlencoded;charset=UTF-8', target: sectionOf(form) };
      form.querySelectorAll('input[name="text"], textarea').forEach(function (field) { field.value = ''; });
      return enqueue(item);
    }, function (reason) { show(reason, 'danger'); });
  });

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.hasAttribute || !input.hasAttribute('data-photo-upload') || !input.files || !input.files.length) {
      return;
    }
    var file = input.files[0];
    enqueue({ url: input.dataset.url, body: file, type: file.type || 'application/octet-stream', target: sectionOf(input) });
    input.value = '';
  });

  window.addEventListener('online', flush);
  window.addEventListener('offline', showStatus);
  document.addEventListener('DOMContentLoaded', flush);
  setInterval(function () {
    if (navigator.onLine) {
      flush();
    }
  }, 20000);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/m/sw.js', { scope: '/m/' }).catch(function () { });
  }

  window.griddeskOutbox = { flush: flush, pending: pending };
}());
