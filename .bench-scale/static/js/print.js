// Buttons marked data-print print the page (a school lesson plan, the registry's slips). A file,
// not an inline script or onclick, so the Content-Security-Policy lets it run.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () {
    window.print();
  });
});
