// Progressive enhancement only: every page works without it.
document.addEventListener('DOMContentLoaded', function () {
  // A form marked data-once is sent once: the button is disabled after the first submit (the server also
  // refuses a second send of the same form token).
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent === 'true') {
        event.preventDefault();
        return;
      }
      form.dataset.sent = 'true';
      form.setAttribute('aria-busy', 'true');
      setTimeout(function () {
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });
  // Move focus to the error summary so screen-reader and keyboard users start there.
  var summary = document.getElementById('felsammanfattning');
  if (summary) {
    summary.focus();
  }
});
