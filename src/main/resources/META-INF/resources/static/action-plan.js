// Saves a ticked or unticked step as soon as it changes, so the owner need not press "Save progress".
// Without JavaScript the button posts the same form and the page reloads; that path must keep working.
(function () {
  'use strict';
  document.querySelectorAll('form.action-plan').forEach(function (form) {
    var button = form.querySelector('.save-plan');
    var status = form.querySelector('.saved');
    if (button) {
      button.hidden = true;
    }
    form.addEventListener('change', function () {
      fetch(form.action, {
        method: 'POST',
        headers: { 'Accept': 'application/json' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (saved) {
        status.textContent = saved.message;
        var total = document.getElementById('plan-progress');
        if (total) {
          total.textContent = saved.progress;
        }
        saved.findings.forEach(function (finding) {
          var progress = document.getElementById('progress-' + finding.checkId);
          if (progress) {
            progress.textContent = finding.progress;
          }
        });
      }).catch(function () {
        // Show the button again so the owner can still save the normal way.
        status.textContent = form.dataset.error;
        if (button) {
          button.hidden = false;
        }
      });
    });
  });
})();
