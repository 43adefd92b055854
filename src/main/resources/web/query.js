/* The query editor page: YASGUI (served from the jar) on this server's /sparql, with the graph's
   prefixes, its example queries one click away, and result IRIs of the graph linked to their pages. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("kg-config").textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var prologue = Object.keys(config.prefixes).map(function (p) {
    return "PREFIX " + p + ": <" + config.prefixes[p] + ">";
  }).join("\n");

  try { Yasr.plugins.table.defaults.openIriInNewWindow = false; } catch (e) { /* older Yasr: links open in a new window */ }

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: prologue + "\n\n" + config.defaultQuery, autocompleters: ["variables"] }
  });
  window.kgYasgui = yasgui;

  /** An IRI of the graph is shown on this server: /id/... and /ontology#Term. */
  function localHref(iri) {
    if (iri.indexOf(config.idNamespace) === 0 && iri.length > config.idNamespace.length)
      return "/" + iri.substring(config.base.length);
    if (iri.indexOf(config.ontologyNamespace) === 0)
      return "/ontology#" + iri.substring(config.ontologyNamespace.length);
    return null;
  }

  function relink(root) {
    var anchors = root.querySelectorAll ? root.querySelectorAll("a.iri") : [];
    for (var i = 0; i < anchors.length; i++) {
      var a = anchors[i];
      var local = localHref(a.getAttribute("href") || "");
      if (local) {
        a.setAttribute("href", local);
        a.setAttribute("target", "_self");
        a.classList.add("local");
      }
    }
  }
  new MutationObserver(function (mutations) {
    mutations.forEach(function (m) { m.addedNodes.forEach(function (n) { if (n.nodeType === 1) relink(n); }); });
  }).observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  // Open a graph resource's page here, in this window, before the results table's own handlers
  // (which open IRIs in a new window) see the click.
  document.getElementById("yasgui").addEventListener("click", function (event) {
    var a = event.target.closest ? event.target.closest("a.iri") : null;
    if (!a) return;
    var local = a.classList.contains("local") ? a.getAttribute("href") : localHref(a.getAttribute("href") || "");
    if (!local || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    window.location.assign(local);
  }, true);

  function openExample(example, run) {
    var tab = yasgui.getTab();
    tab.getYasqe().setValue(example.text);
    if (run) tab.query();
  }

  var list = document.getElementById("examples");
  config.examples.forEach(function (example) {
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "example";
    button.setAttribute("data-example", example.name);
    button.textContent = example.title;
    button.title = example.description;
    button.addEventListener("click", function () { openExample(example, true); });
    item.appendChild(button);
    list.appendChild(item);
  });

  /** A link to the query now in the editor on this release: /query?release=X.Y.Z#query=... (YASGUI reads the hash). */
  function shareLink() {
    var query = yasgui.getTab().getYasqe().getValue();
    return window.location.origin + "/query?release=" + encodeURIComponent(config.release)
      + "#query=" + encodeURIComponent(query);
  }
  var shareButton = document.getElementById("share-link");
  var shareUrl = document.getElementById("share-url");
  if (shareButton && shareUrl) {
    shareButton.addEventListener("click", function () {
      shareUrl.value = shareLink();
      shareUrl.hidden = false;
      shareUrl.focus();
      shareUrl.select();
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(shareUrl.value).catch(function () {});
    });
  }

  // YASGUI's own share button (in the editor) gives the same link, with the release, not its default one.
  document.getElementById("yasgui").addEventListener("click", function (event) {
    if (!(event.target.closest && event.target.closest(".yasqe_share"))) return;
    var yasqe = yasgui.getTab().getYasqe();
    if (yasqe && yasqe.config) yasqe.config.createShareableLink = function () { return shareLink(); };
  }, true);

  var wanted = new URLSearchParams(window.location.search).get("example");
  config.examples.forEach(function (example) { if (example.name === wanted) openExample(example, true); });
})();
