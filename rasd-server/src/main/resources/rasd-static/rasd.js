// Rasd workbench: charts, network, live watchlist alerts. Data never goes through innerHTML.
(function () {
  'use strict';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function data(id) {
    var s = document.getElementById(id);
    return s ? JSON.parse(s.textContent) : null;
  }

  function charts() {
    if (typeof Chart === 'undefined') return;
    var rows = data('chart-data') || [];
    var labels = rows.map(function (r) { return r.period; });
    var vol = document.getElementById('chart-volume');
    if (vol) {
      new Chart(vol, { type: 'line', data: { labels: labels, datasets: [
        { label: 'articles', data: rows.map(function (r) { return r.articles; }), borderColor: '#3b6ea5', backgroundColor: '#3b6ea5', tension: 0.2 },
        { label: 'events', data: rows.map(function (r) { return r.events; }), borderColor: '#c77d1a', backgroundColor: '#c77d1a', tension: 0.2 }
      ] }, options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
    }
    var coop = document.getElementById('chart-coop');
    if (coop) {
      new Chart(coop, { type: 'bar', data: { labels: labels, datasets: [
        { label: 'cooperation (Goldstein > 0)', data: rows.map(function (r) { return r.cooperation; }), backgroundColor: '#2e8b57', maxBarThickness: 48 },
        { label: 'conflict (Goldstein < 0)', data: rows.map(function (r) { return -r.conflict; }), backgroundColor: '#c0392b' }
      ] }, options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } } });
    }
    var actor = document.getElementById('chart-actor');
    if (actor) {
      new Chart(actor, { type: 'bar', data: { labels: labels, datasets: [
        { label: 'cooperation', data: rows.map(function (r) { return r.cooperation; }), backgroundColor: '#2e8b57', maxBarThickness: 48 },
        { label: 'conflict', data: rows.map(function (r) { return r.conflict; }), backgroundColor: '#c0392b', maxBarThickness: 48 },
        { label: 'neutral', data: rows.map(function (r) { return r.events - r.cooperation - r.conflict; }), backgroundColor: '#999', maxBarThickness: 48 }
      ] }, options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } } });
    }
  }

  function network() {
    var box = document.getElementById('network');
    if (!box || typeof cytoscape === 'undefined') return;
    fetch(box.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (g) {
        if (!g.nodes || g.nodes.length === 0) {
          document.getElementById('network-empty').hidden = false;
          box.hidden = true;
          return;
        }
        var maxE = Math.max.apply(null, g.edges.map(function (e) { return e.events; }).concat([1]));
        var maxN = Math.max.apply(null, g.nodes.map(function (n) { return n.events; }).concat([1]));
        var els = g.nodes.map(function (n) {
          return { data: { id: n.id, label: (n.name && n.name !== n.id ? n.name + ' (' + n.id + ')' : n.id), size: 20 + 40 * n.events / maxN } };
        }).concat(g.edges.map(function (e, i) {
          return { data: { id: 'e' + i, source: e.source, target: e.target, w: 1 + 9 * e.events / maxE,
            color: e.sign > 0 ? '#2e8b57' : e.sign < 0 ? '#c0392b' : '#999',
            label: e.events + ' · ' + (e.mean_goldstein > 0 ? '+' : '') + e.mean_goldstein.toFixed(1) } };
        }));
        var cy = cytoscape({ container: box, elements: els, maxZoom: 1.6, minZoom: 0.2, layout: g.nodes.length < 4 ? { name: 'circle', animate: false } : { name: 'cose', animate: false, randomize: true, numIter: 1500, nodeRepulsion: function () { return 800000; }, idealEdgeLength: function () { return 120; } },
          style: [
            { selector: 'node', style: { 'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)', 'background-color': '#3b6ea5', 'font-size': 11, 'color': '#222', 'text-valign': 'bottom', 'text-margin-y': 3 } },
            { selector: 'edge', style: { 'width': 'data(w)', 'line-color': 'data(color)', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9, 'color': '#555', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
          ] });
        cy.on('tap', 'node', function (ev) { window.location.href = '/actors/' + encodeURIComponent(ev.target.id()); });
        window.rasdNetwork = cy;
      })
      .catch(function (err) { box.textContent = 'Could not load the network: ' + err; });
  }

  function alerts() {
    if (typeof EventSource === 'undefined') return;
    var src = new EventSource('/api/watch/stream');
    src.addEventListener('match', function (ev) {
      var m = JSON.parse(ev.data);
      var box = document.getElementById('alerts');
      var toast = el('div', 'toast');
      toast.appendChild(el('b', null, 'Watchlist “' + m.watchlist_name + '”: '));
      toast.appendChild(el('span', 'cat', m.event));
      toast.appendChild(document.createTextNode(' ' + (m.actor || '—') + ' → ' + (m.recipient || '—') + ' '));
      var a = el('a', null, 'open');
      a.href = '/articles/' + encodeURIComponent(m.article_id) + '#card-' + encodeURIComponent(m.event_id);
      toast.appendChild(a);
      var close = el('button', 'close', '×');
      close.setAttribute('aria-label', 'dismiss');
      close.onclick = function () { toast.remove(); };
      toast.appendChild(close);
      box.prepend(toast);
      var list = document.getElementById('matches');
      if (list) {
        var li = el('li', 'match');
        li.appendChild(el('b', null, m.watchlist_name));
        li.appendChild(document.createTextNode(': '));
        li.appendChild(el('span', 'cat', m.event));
        li.appendChild(document.createTextNode(' ' + (m.actor || '') + ' → ' + (m.recipient || '') + ' — ' + (m.gloss || '') + ' '));
        var link = el('a', null, m.article_title || m.article_id);
        link.href = a.href;
        li.appendChild(link);
        list.prepend(li);
        var none = document.getElementById('no-matches');
        if (none) none.remove();
      }
    });
    // one stream per open page: release it when the page goes away (browsers allow few connections per host)
    window.addEventListener('pagehide', function () { src.close(); });
    window.rasdAlerts = src;
  }

  document.addEventListener('DOMContentLoaded', function () {
    charts();
    network();
    alerts();
    var t = document.getElementById('article-text');
    if (t && location.hash.indexOf('#card-') === 0) {
      var c = document.getElementById(location.hash.substring(1));
      if (c) c.classList.add('focus');
    }
  });
})();
