// evenhand reader: progressive enhancement only. Without this file every citation is a
// plain link to the article text with the cited sentence highlighted.
// Untrusted text is never parsed as HTML here: the evidence comes from server-escaped
// <template> elements and search results are built with textContent.
(function () {
  "use strict";

  function openEvidence(link) {
    var dialog = document.getElementById("evidence-dialog");
    var template = document.getElementById(link.getAttribute("data-evidence") || "");
    if (!dialog || !template || typeof dialog.showModal !== "function") {
      return false;
    }
    var body = dialog.querySelector(".dialog-body");
    body.replaceChildren(template.content.cloneNode(true));
    var title = dialog.querySelector("#evidence-title");
    title.textContent = "Source " + link.textContent.trim();
    dialog.showModal();
    var mark = body.querySelector("mark");
    if (mark) {
      mark.scrollIntoView({ block: "center" });
    }
    return true;
  }

  function closeOnBackdrop(dialog) {
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });
    dialog.addEventListener("click", function (event) {
      if (event.target.closest("[data-close]")) {
        dialog.close();
      }
    });
  }

  document.addEventListener("click", function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest("a.cite[data-evidence]");
    if (link && openEvidence(link)) {
      event.preventDefault();
    }
  });

  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function staticSearch(box) {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var input = document.getElementById("q");
    if (input) {
      input.value = query;
    }
    var status = box.querySelector("[data-status]");
    var list = box.querySelector("[data-results]");
    var terms = words(query);
    if (!terms.length) {
      return;
    }
    status.textContent = "Searching…";
    fetch(box.getAttribute("data-index"))
      .then(function (response) { return response.json(); })
      .then(function (index) {
        var hits = index.items.filter(function (item) {
          var have = item.words;
          return terms.every(function (term) {
            return have.some(function (w) { return w.startsWith(term); });
          });
        });
        status.textContent = hits.length + (hits.length === 1 ? " match" : " matches") + " for \u201c" + query + "\u201d";
        hits.slice(0, 200).forEach(function (item) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = item.href;
          a.textContent = item.title || "(untitled)";
          li.appendChild(a);
          var meta = document.createElement("span");
          meta.className = "meta";
          meta.textContent = " · " + item.kind + (item.outlet ? " · " + item.outlet : "");
          li.appendChild(meta);
          list.appendChild(li);
        });
      })
      .catch(function () {
        status.textContent = "Search needs the site to be served over http(s); opened from disk, the browser blocks it.";
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var dialog = document.getElementById("evidence-dialog");
    if (dialog) {
      closeOnBackdrop(dialog);
    }
    var box = document.getElementById("static-search");
    if (box) {
      staticSearch(box);
    }
  });
})();
