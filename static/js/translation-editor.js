// wagtail-localize 1.14 writes a few texts of its translation editor in English in its compiled
// script ("Қазақша to Русский translation", "More actions"); the page carries their translations
// (templates/wagtail_localize/admin/edit_translation.html) and this swaps them in as it renders.
(function () {
  "use strict";
  function start() {
    var data = document.getElementById("translation-editor-strings");
    var editor = document.querySelector(".js-translation-editor");
    if (!data || !editor) return;
    var strings = JSON.parse(data.textContent);
    function swap() {
      var walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        var node = walker.currentNode;
        var text = node.nodeValue.trim();
        if (text && Object.prototype.hasOwnProperty.call(strings, text)) {
          node.nodeValue = node.nodeValue.replace(text, strings[text]);
        }
      }
    }
    new MutationObserver(swap).observe(editor, { childList: true, subtree: true });
    swap();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
