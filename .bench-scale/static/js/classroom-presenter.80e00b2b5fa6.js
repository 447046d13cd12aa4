// The presenter screen of a class session: every few seconds it asks the server for the counts
// (how many pupils joined, how many answered each question and picked each choice) and writes
// them into the page. No nickname is ever tied to an answer. Plain polling, no WebSocket.
(function () {
  var root = document.getElementById("presenter");
  if (!root) return;
  var url = root.getAttribute("data-counts-url");
  var POLL_MS = 3000;

  function show(counts) {
    var pupilCount = document.getElementById("pupil-count");
    if (pupilCount) pupilCount.textContent = String(counts.pupils);
    var names = document.getElementById("pupil-names");
    if (names && counts.names) {
      while (names.firstChild) names.removeChild(names.firstChild);
      counts.names.forEach(function (name) {
        var item = document.createElement("li");
        item.textContent = name; // text, never HTML: a nickname is shown as typed
        names.appendChild(item);
      });
    }
    var questions = root.querySelectorAll("[data-question]");
    Array.prototype.forEach.call(questions, function (node) {
      var quiz = counts.quizzes[node.getAttribute("data-quiz")] || {};
      var tally = quiz[node.getAttribute("data-question")];
      if (!tally) return;
      var answered = node.querySelector("[data-answered]");
      if (answered) answered.textContent = String(tally.answered);
      var right = node.querySelector("[data-right]");
      if (right && tally.correct !== null) right.textContent = String(tally.correct);
      var choices = node.querySelectorAll("[data-choice]");
      Array.prototype.forEach.call(choices, function (choice) {
        var n = tally.choices[choice.getAttribute("data-choice")] || 0;
        choice.querySelector("[data-count]").textContent = String(n);
        var bar = choice.querySelector("progress");
        bar.max = Math.max(tally.answered, 1);
        bar.value = n;
      });
    });
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (counts) {
        show(counts);
        if (counts.open) window.setTimeout(poll, POLL_MS);
      })
      .catch(function () {
        window.setTimeout(poll, POLL_MS * 3);
      });
  }

  var initial = document.getElementById("initial-counts");
  if (initial) show(JSON.parse(initial.textContent));
  if (root.getAttribute("data-open") === "1") window.setTimeout(poll, POLL_MS);
})();
