// The QR on the teacher's screen carries the class code after "#" (/<lang>/class/#code=…), which
// browsers never send to the server. Here it fills the code field, the address loses it, and the
// pupil is asked for their name. Without JavaScript the pupil types the code.
(function () {
  var match = /^#code=([^&]*)/.exec(window.location.hash || "");
  if (!match) return;
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  var form = document.getElementById("class-join-form");
  if (!form) return;
  var code;
  try {
    code = decodeURIComponent(match[1]);
  } catch (error) {
    return;
  }
  var input = form.elements.namedItem("code");
  if (input && !input.value) input.value = code.trim().slice(0, 50);
  var name = form.elements.namedItem("nickname");
  if (name) name.focus();
})();
