// A pupil's page in a class session: every few seconds it asks whether the teacher has shown the
// right answers or closed the session, and reloads the page when that changed.
(function () {
  var root = document.getElementById("class-pupil");
  if (!root) return;
  var url = root.getAttribute("data-state-url");
  var revealed = root.getAttribute("data-revealed") === "1";
  var POLL_MS = 4000;

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json();
      })
      .then(function (state) {
        if (!state.open || state.revealed !== revealed) {
          window.location.reload();
          return;
        }
        window.setTimeout(poll, POLL_MS);
      })
      .catch(function () {
        window.setTimeout(poll, POLL_MS * 3);
      });
  }

  window.setTimeout(poll, POLL_MS);
})();
