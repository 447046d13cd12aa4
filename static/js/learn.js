// Study time: while the lesson tab is visible, tell the server every 30 s (it caps each credit).
(function () {
  var input = document.getElementById("learn-heartbeat");
  if (!input || !window.fetch) return;
  var seconds = parseInt(input.dataset.seconds, 10) || 30;
  setInterval(function () {
    if (document.visibilityState !== "visible") return;
    fetch(input.dataset.url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": input.value },
    }).catch(function () {});
  }, seconds * 1000);
})();

// Landing on a quiz's result or refusal (the URL's #anchor): move the focus there too, so a
// screen reader reads it and the next Tab goes on from it.
(function () {
  var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
  if (target && target.getAttribute("tabindex") === "-1") target.focus({ preventScroll: true });
})();
