// The slip's link and QR carry the access code after "#" (/<lang>/learn/#code=…), which browsers
// never send to the server, so it stays out of every server log. Here it fills the code form, the
// address loses it, and the form is posted. Without JavaScript the partner types the code.
(function () {
  var match = /^#code=([^&]*)/.exec(window.location.hash || "");
  if (!match) return;
  var form = document.getElementById("learn-code-form");
  var input = form && form.elements.namedItem("code");
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  } else {
    window.location.hash = "";
  }
  if (!input) return;
  var code = match[1];
  try {
    code = decodeURIComponent(code);
  } catch (error) {
    return;
  }
  input.value = code.trim();
  form.submit();
})();
