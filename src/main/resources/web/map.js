// The map page's year filter without a reload: the form still works as a plain GET (?year=)
// without this script; with it, choosing a year hides the other years' marks and list entries
// and puts the year into the address, so the page can be bookmarked as it is seen.
(function () {
  'use strict';
  function apply(year) {
    document.querySelectorAll('[data-year]').forEach(function (element) {
      element.classList.toggle('filtered-out', year !== '' && element.getAttribute('data-year') !== year);
    });
    document.querySelectorAll('section.place-events').forEach(function (section) {
      var shown = section.querySelectorAll('li[data-year]:not(.filtered-out)').length;
      section.classList.toggle('filtered-out', shown === 0);
    });
    var url = new URL(window.location.href);
    if (year === '') url.searchParams.delete('year'); else url.searchParams.set('year', year);
    window.history.replaceState(null, '', url.pathname + url.search);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.year-filter');
    if (!form) return;
    var select = form.querySelector('select[name=year]');
    form.querySelector('button[type=submit]').hidden = true;
    select.addEventListener('change', function () { apply(select.value); });
  });
})();
