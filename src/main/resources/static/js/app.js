// CSRF token on every htmx request; the token is in the page's <meta> tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Countdown badges: data-deadline (ISO instant) → "剩 1h 20m" / "超 15m", refreshed every 30 s.
function griddeskCountdowns() {
  document.querySelectorAll('[data-deadline]').forEach(function (el) {
    var paused = el.dataset.state === 'PAUSED';
    var ms = new Date(el.dataset.deadline).getTime() - Date.now();
    if (!paused && el.dataset.state !== 'MET' && el.dataset.state !== 'BREACHED_STOPPED') {
      var abs = Math.abs(ms), m = Math.floor(abs / 60000), h = Math.floor(m / 60), d = Math.floor(h / 24);
      var text = d > 0 ? d + 'd ' + (h % 24) + 'h' : h > 0 ? h + 'h ' + (m % 60) + 'm' : m + 'm';
      el.textContent = (ms < 0 ? el.dataset.overdue : el.dataset.left) + ' ' + text;
      el.classList.remove('text-bg-success', 'text-bg-warning', 'text-bg-danger', 'text-bg-secondary');
      var share = parseFloat(el.dataset.share || '0.25');
      el.classList.add(ms < 0 ? 'text-bg-danger' : ms < share * (el.dataset.budget || 0) ? 'text-bg-warning' : 'text-bg-success');
    }
  });
}
document.addEventListener('DOMContentLoaded', griddeskCountdowns);
document.addEventListener('htmx:afterSwap', griddeskCountdowns);
setInterval(griddeskCountdowns, 30000);
