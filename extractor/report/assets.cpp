#include "extractor/report/assets.h"

namespace bilag::report {

// Colours per field kind: --f fills the value, --s underlines it. The same
// classes colour the legend, table badges, marks and OCR word boxes.
const char* const kReportCss = R"CSS(
*{box-sizing:border-box}
:root{--bg:#f3f4f6;--fg:#1d2530;--muted:#5f6b7a;--rule:#d9dee5}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 "DejaVu Sans",system-ui,sans-serif}
.m{--f:#e6d8fc;--s:#7c3aed}.i{--f:#d3e3fd;--s:#2563eb}.a{--f:#c8f1d2;--s:#15803d}
.g{--f:#fddcb8;--s:#ea580c}.q{--f:#fcef9f;--s:#b98900}.r{--f:#c2eee7;--s:#0f8b80}
.s{--f:#fbd5e7;--s:#db2777}.b{--f:#c9eafb;--s:#0369a1}.x{--f:#ffe0e0;--s:#dc2626}
header.top{background:#1f2937;color:#f3f4f6;padding:10px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:6px 20px}
header.top h1{font-size:17px;margin:0;font-weight:600}
header.top .meta{font-size:12px;color:#c6cdd6}
.legend{display:flex;flex-wrap:wrap;gap:6px;font-size:12px}
.legend span{background:var(--f);box-shadow:inset 0 -2px var(--s);color:#1d2530;border-radius:3px;padding:1px 6px}
.legend .wv{background:#fff1f0;box-shadow:inset 3px 0 #dc2626}
.legend .x{background:#fff;text-decoration:underline wavy var(--s)}
nav.toc{margin:12px 14px 0;background:#fff;border:1px solid var(--rule);border-radius:6px;padding:6px 12px;font-size:13px}
nav.toc ol{margin:4px 0;padding-left:22px}nav.toc .bad{color:#b42318}
.doc{padding-bottom:18px}
.dochead{margin:12px 14px 10px;padding:10px 14px;background:#fff;border:1px solid var(--rule);border-radius:6px}
.dochead h2{margin:0 0 2px;font-size:17px;overflow-wrap:anywhere}
.facts{color:var(--muted);font-size:12.5px}
.failed .dochead{background:#fff1f0;border-color:#f2b8b5}
.err{color:#9f1d13;font-weight:600;margin:4px 0 0}
.grid{display:grid;grid-template-columns:minmax(380px,5fr) minmax(0,6fr);gap:14px;padding:0 14px;align-items:start}
.panel{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;overscroll-behavior:contain}
details{background:#fff;border:1px solid var(--rule);border-radius:6px;margin-bottom:10px}
summary{font-weight:600;font-size:13px;padding:6px 10px;cursor:pointer;user-select:none}
.count{background:#e8ecf1;border-radius:9px;padding:0 7px;font-size:11px;font-weight:500;color:#4b5563}
summary .rule{font:11px "DejaVu Sans Mono",monospace;color:#6b7685;margin-left:6px}
table{border-collapse:collapse;width:100%;font-size:12px}
th{text-align:left;font-weight:600;color:#4b5563;background:#f3f5f8;padding:3px 6px;border-bottom:1px solid var(--rule)}
td{padding:3px 6px;border-bottom:1px solid #eceff3;vertical-align:top}
tr[data-go]{cursor:pointer}tr[data-go]:hover td{background:#f2f7ff}
td.num{text-align:right;white-space:nowrap}td.long{min-width:12em}
td.rule{font:11px/1.35 "DejaVu Sans Mono",monospace;color:#6b7685;overflow-wrap:anywhere}
td.key{font-weight:600;white-space:nowrap}td.null{color:#9aa3ae;font-style:italic}
td.at a{color:#2563eb;text-decoration:none;white-space:nowrap;font:11px "DejaVu Sans Mono",monospace}
td.from{text-decoration:line-through;color:#9f1d13}
tr.total td{font-weight:600}tr.warn td.key{color:#b42318}
td.theme{font-size:11px;color:var(--muted)}
.badge{background:var(--f);box-shadow:inset 0 -2px var(--s);border-radius:3px;padding:0 3px}
.text{min-width:0}
.page{content-visibility:auto;background:#fff;border:1px solid var(--rule);border-radius:6px;margin-bottom:14px;padding-bottom:6px}
.page>h3{margin:0 0 4px;padding:5px 10px;font-size:12.5px;color:#374151;background:#f7f8fa;border-bottom:1px solid var(--rule);border-radius:6px 6px 0 0}
.tag{font-weight:500;font-size:11px;background:#e0f2fe;color:#075985;padding:1px 7px;border-radius:9px;margin-left:6px}
.tag.bad{background:#fee2e2;color:#991b1b}
.pw{padding:4px 10px}
.lines{font-size:13.5px;line-height:1.55;tab-size:1}
.lines>div{padding:0 12px 0 62px;text-indent:-54px;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.55em}
.lines>div>b{display:inline-block;width:54px;text-indent:0;font:11px/1.55 "DejaVu Sans Mono",monospace;color:#98a1ad;user-select:none}
.lines i.t{font-style:normal;border-left:1px solid #b7c0cc;margin:0 .45em 0 .35em}
mark{color:inherit;background:var(--f);box-shadow:inset 0 -2px var(--s);border-radius:2px;cursor:pointer}
mark mark{box-shadow:inset 0 -2px var(--s),0 0 0 1px var(--s)}
mark.x{background:none;box-shadow:none;text-decoration:underline wavy var(--s)}
.lines>div.wl{background:color-mix(in srgb,var(--f) 55%,transparent);box-shadow:inset 4px 0 var(--s)}
.lines>div.wv{box-shadow:inset 4px 0 #dc2626}
.wn{display:block;text-indent:0;margin:2px 0 4px;padding:2px 8px;background:#fff1f0;border:1px solid #f2b8b5;border-radius:4px;color:#9f1d13;font-size:12px;white-space:normal}
.scan{position:relative;width:100%;max-width:760px;margin:6px auto 10px;border:1px solid var(--rule);background:#fff;container-type:inline-size;overflow:hidden}
.scan span{position:absolute;white-space:nowrap;line-height:1.1;color:#111;transform-origin:0 0}
.scan span.k{background:var(--f);box-shadow:inset 0 -1px var(--s)}
.scan span.lc{outline:1px dotted #dc2626;color:#9f1d13}
.scan.pic img{position:absolute;left:0;top:0;width:100%;height:100%;user-select:none}
.scan.pic span{color:transparent;line-height:1}
.scan.pic span.k{background:var(--f);mix-blend-mode:multiply;box-shadow:0 0 0 1px var(--s);cursor:pointer}
.scan.pic span.x{background:none;mix-blend-mode:normal;box-shadow:inset 0 -2px var(--s)}
.scan.pic span.lc{color:transparent;outline:1px dashed #dc2626;outline-offset:1px}
.scan.pic ::selection{background:#2563eb55}
.scan.pic.txt img{visibility:hidden}
.scan.pic.txt span{color:#111}
button.tog{font:11px "DejaVu Sans",sans-serif;margin-left:8px;padding:0 7px;border:1px solid #b7c0cc;border-radius:9px;background:#fff;color:#374151;cursor:pointer}
.pvf{margin:6px 10px;padding:3px 8px;background:#fff7e6;border:1px solid #f5d08a;border-radius:4px;font-size:12px;color:#7a4b00}
@keyframes flash{0%{outline:3px solid #f59e0b;background-color:#fff3c4}100%{outline:3px solid transparent}}
.flash{animation:flash 1.8s ease-out}
footer{padding:8px 20px 20px;color:var(--muted);font-size:12px}footer output{display:block;margin-top:4px}
@media (max-width:900px){.grid{grid-template-columns:1fr}.panel{position:static;max-height:none}}
)CSS";

const char* const kReportJs = R"JS(
(function () {
  'use strict';
  var started = performance.now();
  var failures = [];
  window.addEventListener('error', function (e) { failures.push(String(e.message)); });

  var linesOf = {};  // section id -> its .lines element
  function lineOf(doc, page, line) {
    var id = 'd' + doc + 'p' + page;
    var section = document.getElementById(id);
    if (!section || !(line > 0)) return section;
    if (!(id in linesOf)) linesOf[id] = section.querySelector('.lines');
    return (linesOf[id] && linesOf[id].children[line - 1]) || null;
  }
  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth;  // restarts the animation
    el.classList.add('flash');
  }
  function reveal(el) {
    // A page not laid out yet has only its estimated height, and a line
    // below that estimate is past the end of the document: lay it out for good.
    var page = el.closest('.page');
    if (page) page.style.contentVisibility = 'visible';
    el.scrollIntoView({block: 'center'});
    flash(el);
    // Pages are laid out when they come near: once this one is, aim again.
    requestAnimationFrame(function () { el.scrollIntoView({block: 'center'}); });
  }
  // The boxes of value `v` on the image of el's page, drawn now if need be.
  function boxesOf(el, v) {
    var page = el.closest('.page');
    var scan = v && page && page.querySelector('.scan.pic');
    if (!scan) return [];
    page.style.contentVisibility = 'visible';
    drawScan(scan);
    return scan.querySelectorAll('span[data-v="' + v + '"]');
  }
  function goTo(row) {
    var doc = row.closest('.doc').dataset.doc;
    var at = row.dataset.go.split(':');
    var el = (row.dataset.v && document.getElementById('d' + doc + 'v' + row.dataset.v)) ||
             lineOf(doc, +at[0], +at[1]);
    if (!el) return el;
    // On a scanned page the value is shown where it is on the image.
    var boxes = boxesOf(el, row.dataset.v);
    if (boxes.length) {
      flash(el);
      for (var i = 1; i < boxes.length; ++i) flash(boxes[i]);
      el = boxes[0];
    }
    reveal(el);
    return el;
  }
  // A long table's rows arrive as text; they become elements when opened.
  function build(details) {
    var rows = details.querySelector(':scope > script[type="text/x-bilag-rows"]');
    if (!rows) return;
    details.insertAdjacentHTML('beforeend', rows.textContent);
    rows.remove();
  }
  document.addEventListener('toggle', function (e) {
    if (e.target.tagName === 'DETAILS' && e.target.open) build(e.target);
  }, true);
  // The other way round: value `v` of document `doc` shows its table row.
  function showRow(doc, v) {
    var section = document.getElementById('d' + doc);
    if (!section) return;
    var selector = 'tr[data-v="' + v + '"]';
    var row = section.querySelector(selector);
    if (!row) {
      section.querySelectorAll('details.lazy').forEach(build);
      row = section.querySelector(selector);
    }
    if (!row) return;
    var details = row.closest('details');
    if (details) details.open = true;
    var panel = row.closest('.panel');
    if (panel) {
      panel.scrollTop += row.getBoundingClientRect().top - panel.getBoundingClientRect().top -
                         panel.clientHeight / 2;
    }
    flash(row);
  }
  document.addEventListener('click', function (e) {
    if (!(e.target instanceof Element)) return;
    var row = e.target.closest('tr[data-go]');
    if (row) {
      e.preventDefault();
      goTo(row);
      return;
    }
    var toggle = e.target.closest('button.tog');
    var scan = toggle && toggle.closest('.page').querySelector('.scan.pic');
    if (scan) {
      toggle.textContent = scan.classList.toggle('txt') ? 'show image' : 'show OCR text';
      return;
    }
    var id = /^d(\d+)v(\d+)$/.exec((e.target.closest('mark[id]') || {}).id);
    if (id) {
      showRow(id[1], id[2]);
      return;
    }
    var more = e.target.closest('mark[data-v]');  // a later line of a wrapped value
    if (more) {
      showRow(more.closest('.doc').dataset.doc, more.dataset.v);
      return;
    }
    var box = e.target.closest('.scan span[data-v]');
    if (box) showRow(box.closest('.doc').dataset.doc, box.dataset.v);
  });

  // OCR words: {t: [[value id, tooltip], ...], w: [[left%, top%, width%,
  // height%, font cqw, confidence, kind, text, index in t (values only)], ...]}.
  // Over a page image (.pic) a word is a box of its height, its text
  // transparent but selectable; else the text is drawn.
  function drawScan(box) {
    var image = box.querySelector('img[data-src]');
    if (image) {
      image.src = image.dataset.src;
      image.removeAttribute('data-src');  // the URI once in memory, not twice
    }
    var data = box.querySelector('script');
    if (!data) return;
    var picture = box.classList.contains('pic');
    var fragment = document.createDocumentFragment();
    var page = JSON.parse(data.textContent);
    var words = page.w;
    var spans = words.map(function (w) {
      var span = document.createElement('span');
      span.textContent = w[7];
      span.style.cssText = 'left:' + w[0] + '%;top:' + w[1] + '%;font-size:' + w[4] + 'cqw' +
                           (picture ? ';height:' + w[3] + '%' : '');
      var classes = w[6] ? 'k ' + w[6] : '';
      if (w[5] < 60) classes += ' lc';
      if (classes) span.className = classes;
      var title = w[7] + ' \u00b7 OCR confidence ' + w[5];
      var value = w.length > 8 && page.t[w[8]];
      if (value) {
        span.dataset.v = value[0];
        title = value[1] + '\n\n' + title;
      }
      span.title = title;
      fragment.appendChild(span);
      return span;
    });
    data.remove();
    box.appendChild(fragment);
    // Stretch each word to its box's width: all reads, then all writes.
    var width = box.clientWidth;
    var natural = spans.map(function (span) { return span.offsetWidth; });
    spans.forEach(function (span, i) {
      if (natural[i] > 0) {
        span.style.transform = 'scaleX(' + (words[i][2] * width / 100 / natural[i]).toFixed(3) + ')';
      }
    });
  }
  var scans = document.querySelectorAll('.scan');
  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        drawScan(entry.target);
      });
    }, {rootMargin: '1000px'});
    scans.forEach(function (box) { observer.observe(box); });
  } else {
    scans.forEach(drawScan);
  }

  // Self-check, for tests: every linked row must find its line. With
  // #selftest the folded tables are built and checked too, and the last
  // linked value (the farthest from the top) is clicked: its source must
  // come on screen. #selftest-brief then leaves only the result in the page
  // once it has loaded, so that a test can dump the DOM of a huge report
  // quickly. data-images / data-images-loaded count the page images, and
  // those the browser has loaded (only those near the screen) by then.
  var selftest = location.hash.indexOf('#selftest') === 0;
  var out = document.createElement('output');
  out.id = 'selfcheck';
  out.dataset.ms = Math.round(started);  // the page is parsed when the script starts
  out.dataset.readyMs = Math.round(performance.now());
  if (selftest) document.querySelectorAll('details.lazy').forEach(build);
  var rows = document.querySelectorAll('tr[data-go]');
  var broken = [];
  rows.forEach(function (row) {
    var at = row.dataset.go.split(':');
    if (!lineOf(row.closest('.doc').dataset.doc, +at[0], +at[1])) broken.push(row.dataset.go);
  });
  var marks = document.querySelectorAll('.lines mark').length;
  var whole = document.querySelectorAll('.lines>div.wl').length;
  out.dataset.ok = broken.length || failures.length ? '0' : '1';
  out.dataset.rows = rows.length;
  out.dataset.marks = marks;
  if (selftest) {
    var targets = document.querySelectorAll('tr[data-v]');
    var last = targets[targets.length - 1];
    var clicked = performance.now();
    var shown = last && goTo(last);
    var box = shown && shown.getBoundingClientRect();
    out.dataset.click = box && box.bottom > 0 && box.top < innerHeight &&
                        shown.classList.contains('flash') ? 'ok' : 'failed';
    out.dataset.clickTarget = shown ? shown.id || shown.textContent.slice(0, 40) : '';
    out.dataset.clickTop = box ? Math.round(box.top) : '';
    out.dataset.clickMs = Math.round(performance.now() - clicked);
    // On a page image: a value's box shows its row, the button swaps the
    // image for the OCR text and back.
    var word = shown && shown.closest('.scan') && shown.closest('.scan').querySelector('span[data-v]');
    if (word) {
      word.click();
      var row = word.closest('.doc').querySelector('tr[data-v="' + word.dataset.v + '"]');
      out.dataset.boxClick = row && row.classList.contains('flash') ? 'ok' : 'failed';
      var toggle = word.closest('.page').querySelector('button.tog');
      toggle.click();
      var swapped = word.closest('.scan').classList.contains('txt');
      toggle.click();
      out.dataset.toggle = swapped && !word.closest('.scan').classList.contains('txt') ? 'ok' : 'failed';
    }
  }
  out.dataset.checkMs = Math.round(performance.now() - +out.dataset.readyMs);
  out.textContent = (broken.length ? 'self-check failed: rows without a line: ' +
                     broken.slice(0, 5).join(', ') : 'self-check ok') +
                    ' \u00b7 ' + rows.length + ' linked rows \u00b7 ' + marks +
                    ' values marked in the text \u00b7 ' + whole + ' as whole lines \u00b7 ready after ' +
                    out.dataset.readyMs + ' ms';
  document.getElementById('foot').appendChild(out);
  window.addEventListener('load', function () {
    out.dataset.loadMs = Math.round(performance.now());
    var images = document.querySelectorAll('.scan.pic img');
    out.dataset.images = images.length;
    out.dataset.imagesLoaded = Array.prototype.filter.call(images, function (img) {
      return img.complete && img.naturalWidth > 0;
    }).length;
    if (failures.length) out.dataset.ok = '0';
    if (location.hash === '#selftest-brief') document.body.replaceChildren(out);
  });
})();
)JS";

}  // namespace bilag::report
