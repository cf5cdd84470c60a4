/*
 * report.js - draws `sctrace report --html` from the JSON in #trace-data
 * (docs/HTML.md): header, timeline (canvas, zoom/pan), slowest calls, syscall
 * mix, latency histograms, process tree, files and network tables.  Text
 * from the trace only ever reaches the page through textContent or canvas
 * fillText, never as markup.  Each chart records what it drew in data-*
 * attributes (tests/integration/html.sh reads them).
 */
(function () {
  'use strict';

  var started = performance.now();
  var D = JSON.parse(document.getElementById('trace-data').textContent);
  /* file network process memory signal ipc desc other */
  var COLORS = ['#4e79a7', '#f28e2b', '#b07aa1', '#76b7b2', '#d4a106', '#ff9da7', '#59a14f', '#9aa0a6'];
  var ERR_COLOR = '#c92a2a';
  var names = D.names, ncls = D.ncls, errnos = D.errnos;
  var calls = D.calls, lanes = D.lanes, procs = D.procs;
  var forceCalls = /(^|[#&])calls($|&)/.test(location.hash.slice(1));

  /* ---- helpers ---- */

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
      });
    }
    (kids || []).forEach(function (c) { if (c !== null && c !== undefined) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function fmtDur(ns) {
    if (ns === null || ns === undefined || ns < 0) { return '?'; }
    if (ns < 1000) { return Math.round(ns) + ' ns'; }
    if (ns < 1e6) { return trim3(ns / 1e3) + ' \u00b5s'; }
    if (ns < 1e9) { return trim3(ns / 1e6) + ' ms'; }
    if (ns < 600e9) { return trim3(ns / 1e9) + ' s'; }
    return Math.floor(ns / 60e9) + ' min ' + Math.round((ns % 60e9) / 1e9) + ' s';
  }
  function trim3(x) { return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2); }
  function fmtCount(n) { return Number(n).toLocaleString('en-US'); }
  function fmtBytes(b) {
    if (!b) { return '0'; }
    var u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'], i = 0;
    while (b >= 1024 && i < u.length - 1) { b /= 1024; i++; }
    return (i ? trim3(b) : String(b)) + ' ' + u[i];
  }
  function pct(a, b) {
    if (!b || !a) { return '0%'; }
    return a / b < 0.001 ? '<0.1%' : (100 * a / b).toFixed(a / b < 0.1 ? 1 : 0) + '%';
  }
  function parseJSON(s, dflt) { if (typeof s !== 'string') { return dflt; } try { return JSON.parse(s); } catch (e) { return dflt; } }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function safely(name, f) {
    try { f(); } catch (e) { window.sctraceReportError(name + ': ' + (e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)); }
  }
  function shellWord(w) { return /^[A-Za-z0-9_@%+=:,.\/-]+$/.test(w) ? w : "'" + w.replace(/'/g, "'\\''") + "'"; }
  function argvText(json) {
    var a = parseJSON(json, null);
    if (!Array.isArray(a)) { return json || ''; }
    return a.map(function (w) { return shellWord(typeof w === 'string' ? w : (w && w.str) || String(w)); }).join(' ');
  }

  /* ---- decoded arguments (docs/JSON.md) as strace-like text ---- */

  function keysAre(v, allowed) {
    return Object.keys(v).every(function (k) { return allowed.indexOf(k) >= 0; });
  }
  /* a string as strace spells it: C escapes, octal for other control bytes */
  function cEscape(codes, limit, bytes) {
    var out = '', n = Math.min(codes.length, limit);
    for (var i = 0; i < n; i++) {
      var c = codes[i], e = { 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' }[c];
      if (e) { out += e; continue; }
      if (c >= 32 && c !== 127 && (bytes ? c < 127 : c < 0x110000)) { out += String.fromCodePoint(c); continue; }
      var o = c.toString(8), next = i + 1 < codes.length ? codes[i + 1] : -1;
      out += '\\' + (next >= 48 && next <= 55 ? ('00' + o).slice(-3) : o);
    }
    return '"' + out + '"' + (codes.length > limit ? '...' : '');
  }
  function quote(s) { return cEscape(Array.from(String(s), function (ch) { return ch.codePointAt(0); }), 160); }
  function quoteHex(h) {
    var codes = [];
    for (var i = 0; i + 1 < h.length; i += 2) { codes.push(parseInt(h.substr(i, 2), 16)); }
    return cEscape(codes, 96, true);
  }
  function fmtValue(v) {
    if (v === null || v === undefined) { return 'NULL'; }
    if (typeof v === 'number') { return v >= 4294967296 ? '0x' + v.toString(16) : String(v); }   /* addresses */
    if (typeof v === 'boolean') { return String(v); }
    if (typeof v === 'string') { return quote(v); }
    if (Array.isArray(v)) { return '[' + v.map(fmtValue).join(', ') + ']'; }
    var c = typeof v.comment === 'string' ? ' /* ' + v.comment + ' */' : '';
    if ('flags' in v && 'value' in v && keysAre(v, ['flags', 'value', 'unknown', 'comment'])) {
      var f = v.flags.slice();
      if (v.unknown) { f.push('0x' + Number(v.unknown).toString(16)); }
      return (f.length ? f.join('|') : '0') + c;
    }
    if ('enum' in v && keysAre(v, ['enum', 'value', 'comment'])) { return (v.enum !== null ? v.enum : String(v.value)) + c; }
    if ('sym' in v && keysAre(v, ['sym', 'value', 'path', 'comment'])) { return v.sym + (v.path ? '<' + v.path + '>' : '') + c; }
    if ('or' in v && keysAre(v, ['or', 'comment'])) { return v.or.map(fmtValue).join('|') + c; }
    if ('call' in v && 'args' in v && keysAre(v, ['call', 'args', 'comment'])) { return v.call + '(' + v.args.map(fmtValue).join(', ') + ')' + c; }
    if ('fd' in v && keysAre(v, ['fd', 'path', 'path_hex', 'comment'])) { return v.fd + '<' + (v.path !== undefined ? v.path : 'hex:' + v.path_hex) + '>' + c; }
    if ('sigset' in v && keysAre(v, ['sigset', 'value', 'comment'])) { return '[' + v.sigset.map(function (s) { return String(s).replace(/^SIG/, ''); }).join(' ') + ']' + c; }
    if ('before' in v && 'after' in v && keysAre(v, ['before', 'after'])) { return fmtValue(v.before) + ' => ' + fmtValue(v.after); }
    if (v.ellipsis === true && keysAre(v, ['ellipsis', 'comment'])) { return '...' + c; }
    if (keysAre(v, ['str', 'hex', 'truncated', 'redacted', 'abstract']) && ('str' in v || 'hex' in v || 'redacted' in v)) {
      var s = v.redacted ? '<redacted>' : 'str' in v ? quote(v.str) : quoteHex(String(v.hex));
      return (v.abstract ? '@' : '') + s + (v.truncated ? '...' : '');
    }
    if ('value' in v && 'comment' in v && keysAre(v, ['value', 'comment'])) { return fmtValue(v.value) + c; }
    var parts = [];
    Object.keys(v).forEach(function (k) {
      if (k === 'comment') { return; }
      if (/^\.\.\.(_\d+)?$/.test(k)) { parts.push('...'); } else if (/^_\d+$/.test(k)) { parts.push(fmtValue(v[k])); } else { parts.push(k + '=' + fmtValue(v[k])); }
    });
    return '{' + parts.join(', ') + '}' + c;
  }
  function fmtArgs(json, nameIdx) {
    if (json === null || json === undefined) { return ''; }
    var a = parseJSON(json, undefined);
    if (a === undefined || a === null || typeof a !== 'object') { return String(json); }
    var ptrs = (D.argptr && D.argptr[nameIdx]) || [];
    return Object.keys(a).map(function (k) {
      var v = a[k];
      if (typeof v === 'number' && ptrs.indexOf(k) >= 0) { return v === 0 ? 'NULL' : '0x' + v.toString(16); }
      return fmtValue(v);
    }).join(', ');
  }
  function callText(i) {
    var ret = calls.ret[i], e = calls.err[i];
    var r = ret === null ? '?' : String(ret);
    if (e >= 0) { r = '-1 ' + errnos[e]; }
    return clip(names[calls.name[i]] + '(' + fmtArgs(calls.args[i], calls.name[i]) + ')', 900) + ' = ' + r;
  }

  /* ---- header ---- */

  var span = D.meta.span || 1;
  var totalCalls = 0, totalErr = 0, totalTime = 0;
  D.stats.forEach(function (s) { totalCalls += s.n; totalErr += s.err; totalTime += s.time; });

  function header() {
    var m = D.meta, cmd = m.command ? argvText(m.command) : m.pids ? 'attached to ' + parseJSON(m.pids, []).join(', ') : '';
    var title = document.getElementById('title');
    title.textContent = clip((cmd || m.store).replace(/\s+/g, ' '), 180);
    title.setAttribute('title', cmd || m.store);
    document.title = 'sctrace: ' + clip(cmd || m.store, 80);
    var when = new Date(m.t0_ms);
    var sub = [m.store, isNaN(when) ? '' : when.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
      m.host ? 'on ' + m.host : '', m.kernel || '', m.sctrace_version ? 'sctrace ' + m.sctrace_version : ''];
    document.getElementById('subtitle').textContent = sub.filter(Boolean).join('  \u00b7  ');
    var cards = document.getElementById('cards');
    function card(k, v, bad) { cards.appendChild(el('div', { cls: 'card' + (bad ? ' bad' : '') }, [el('div', { cls: 'v', text: v }), el('div', { cls: 'k', text: k })])); }
    card('duration', fmtDur(span));
    card('syscalls', fmtCount(totalCalls));
    card('failed', fmtCount(totalErr) + ' (' + pct(totalErr, totalCalls) + ')', totalErr > 0);
    card('time in syscalls', fmtDur(totalTime));
    card('processes', fmtCount(procs.length));
    card('threads', fmtCount(lanes.length));
    var st = m.exit_status;
    if (st !== null && st !== undefined) {
      var code = (st >> 8) & 255, sig = st & 127;
      card('exit status', sig ? 'signal ' + sig : String(code), sig || code);
    }
    if (m.lost) { card('events lost', fmtCount(m.lost), true); }
  }

  /* ---- timeline ---- */

  var LANE_H = 18, AXIS_H = 26, GUTTER = 210;
  var tl = { v0: 0, v1: span, scroll: 0, hl: -1 };
  var canvas = document.getElementById('timeline'), ov = document.getElementById('overview');
  var ctx = canvas.getContext('2d'), octx = ov.getContext('2d');
  var tip = document.getElementById('tip');
  var laneFirst = [], laneLast = [], callEnd = [];
  var procFirstLane = {}, depthOf = [];
  var evByLane = [];

  function prepareTimeline() {
    var i, l;
    for (l = 0; l < lanes.length; l++) { laneFirst.push(-1); laneLast.push(-1); evByLane.push([]); }
    for (i = 0; i < calls.lane.length; i++) {
      l = calls.lane[i];
      if (laneFirst[l] < 0) { laneFirst[l] = i; }
      laneLast[l] = i + 1;
      callEnd.push(calls.ts[i] + Math.max(calls.dur[i], 0));
    }
    for (i = 0; i < procs.length; i++) {
      var d = 0, p = procs[i];
      while (p.parent >= 0 && d < 40) { p = procs[p.parent]; d++; }
      depthOf.push(d);
    }
    lanes.forEach(function (ln, k) { if (procFirstLane[ln.proc] === undefined) { procFirstLane[ln.proc] = k; } });
    for (i = 0; i < D.events.lane.length; i++) { evByLane[D.events.lane[i]].push(i); }
  }

  function plotW() { return canvas.clientWidth - GUTTER - 8; }
  function xOf(t) { return GUTTER + (t - tl.v0) * plotW() / (tl.v1 - tl.v0); }
  function tOf(x) { return tl.v0 + (x - GUTTER) * (tl.v1 - tl.v0) / plotW(); }
  function lanesH() { return lanes.length * LANE_H; }
  function viewH() { return canvas.clientHeight - AXIS_H; }

  function sizeCanvas(c, cssH) {
    var dpr = window.devicePixelRatio || 1, w = c.parentNode.clientWidth;
    c.style.height = cssH + 'px';
    c.width = Math.round(w * dpr);
    c.height = Math.round(cssH * dpr);
    c.getContext('2d').setTransform(dpr, 0, 0, dpr, 0, 0);
  }
  function layout() {
    var h = Math.min(lanesH(), Math.max(360, Math.round(window.innerHeight * 0.7)));
    sizeCanvas(canvas, Math.max(h, 3 * LANE_H) + AXIS_H);
    sizeCanvas(ov, 34);
  }

  function niceStep(raw) {
    var p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  /* axis labels: one unit for the view, as many decimals as the tick step needs */
  function fmtTick(t, step) {
    var units = [[1e9, ' s'], [1e6, ' ms'], [1e3, ' \u00b5s'], [1, ' ns']], u = units[3];
    for (var i = 0; i < units.length; i++) { if (tl.v1 >= units[i][0]) { u = units[i]; break; } }
    var dec = Math.max(0, Math.ceil(-Math.log10(step / u[0]) - 1e-9));
    return (t / u[0]).toFixed(Math.min(dec, 9)) + u[1];
  }
  function lowerBound(arr, lo, hi, v) {
    while (lo < hi) { var mid = (lo + hi) >> 1; if (arr[mid] < v) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  function drawAxis(w) {
    var pw = plotW(), step = niceStep((tl.v1 - tl.v0) * 90 / pw);
    ctx.fillStyle = '#fafbfc';
    ctx.fillRect(0, 0, w, AXIS_H);
    ctx.strokeStyle = '#e3e6eb';
    ctx.beginPath(); ctx.moveTo(0, AXIS_H - 0.5); ctx.lineTo(w, AXIS_H - 0.5); ctx.stroke();
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    for (var t = Math.ceil(tl.v0 / step) * step; t <= tl.v1; t += step) {
      var x = Math.round(xOf(t)) + 0.5;
      ctx.strokeStyle = '#eceef2';
      ctx.beginPath(); ctx.moveTo(x, AXIS_H); ctx.lineTo(x, canvas.clientHeight); ctx.stroke();
      var label = t === 0 ? '0' : fmtTick(t, step);
      ctx.fillStyle = '#667085';
      if (x + 3 + ctx.measureText(label).width < w) { ctx.fillText(label, x + 3, AXIS_H / 2); }
    }
    ctx.fillStyle = '#1d2330';
    ctx.font = '600 11px system-ui, sans-serif';
    ctx.fillText('process / thread', 10, AXIS_H / 2);
  }

  function laneLabel(k) {
    var ln = lanes[k], p = procs[ln.proc];
    if (!p) { return { main: 'tid ' + ln.tid, sub: '' }; }
    if (procFirstLane[ln.proc] === k) { return { main: (p.comm || '?'), sub: String(p.pid), depth: depthOf[ln.proc] }; }
    return { main: 'thread', sub: String(ln.tid), depth: depthOf[ln.proc] + 1, thread: true };
  }

  function draw() {
    var w = canvas.clientWidth, h = canvas.clientHeight;
    var k = plotW() / (tl.v1 - tl.v0);
    var binPx = D.binw * k;
    var detail = forceCalls || calls.complete || binPx >= 4;
    var drawnSlices = 0, drawnBins = 0, binned = 0, visible = 0;
    ctx.clearRect(0, 0, w, h);
    ctx.save();
    ctx.beginPath(); ctx.rect(0, AXIS_H, w, h - AXIS_H); ctx.clip();
    var first = Math.max(0, Math.floor(tl.scroll / LANE_H)), last = Math.min(lanes.length, Math.ceil((tl.scroll + viewH()) / LANE_H));
    for (var li = first; li < last; li++) {
      var ln = lanes[li], y = AXIS_H + li * LANE_H - tl.scroll, p = procs[ln.proc];
      visible++;
      if (p && procFirstLane[ln.proc] === li && li > 0) {
        ctx.fillStyle = '#d7dbe2'; ctx.fillRect(0, y, w, 1);
      }
      if (p && p.order % 2) { ctx.fillStyle = '#f8f9fb'; ctx.fillRect(GUTTER, y + 1, w - GUTTER, LANE_H - 1); }
      /* thread lifetime */
      var ls = Math.max(xOf(ln.start), GUTTER), le = Math.min(xOf(ln.end), w);
      if (le > ls) { ctx.fillStyle = '#dfe3ea'; ctx.fillRect(ls, y + LANE_H / 2 - 0.5, le - ls, 1); }
      ctx.save();
      ctx.beginPath(); ctx.rect(GUTTER, y, w - GUTTER, LANE_H); ctx.clip();
      if (!detail || !calls.complete) {
        var r = drawBins(ln, y, k, detail);
        drawnBins += r[0]; binned += r[1];
      }
      if (detail) { drawnSlices += drawCalls(li, y, k); }
      drawEvents(li, y);
      ctx.restore();
      var lab = laneLabel(li);
      ctx.fillStyle = '#fff'; ctx.fillRect(0, y + 1, GUTTER - 4, LANE_H - 1);
      ctx.font = (lab.thread ? '' : '600 ') + '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      var x0 = 10 + Math.min(lab.depth || 0, 12) * 10, room = GUTTER - 54 - x0;
      ctx.fillStyle = lab.thread ? '#667085' : '#1d2330';
      var main = lab.main;
      while (main.length > 1 && ctx.measureText(main).width > room) { main = main.slice(0, -2) + '\u2026'; }
      ctx.fillText(main, x0, y + LANE_H / 2 + 1);
      var mw = ctx.measureText(main).width;
      ctx.fillStyle = '#98a2b3';
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillText(lab.sub, x0 + mw + 7, y + LANE_H / 2 + 1);
    }
    ctx.restore();
    ctx.fillStyle = '#e3e6eb'; ctx.fillRect(GUTTER - 4, AXIS_H, 1, h - AXIS_H);
    drawAxis(w);
    if (lanesH() > viewH()) {   /* where the visible lanes are */
      var th = Math.max(20, viewH() * viewH() / lanesH()), ty = AXIS_H + (viewH() - th) * tl.scroll / (lanesH() - viewH());
      ctx.fillStyle = 'rgba(29,35,48,.25)'; ctx.fillRect(w - 5, ty, 4, th);
    }
    canvas.setAttribute('data-mode', detail ? 'calls' : 'bins');
    canvas.setAttribute('data-drawn-slices', String(drawnSlices));
    canvas.setAttribute('data-drawn-bins', String(drawnBins));
    canvas.setAttribute('data-binned-calls', String(binned));
    canvas.setAttribute('data-lanes', String(lanes.length));
    canvas.setAttribute('data-lanes-visible', String(visible));
    canvas.setAttribute('data-embedded', String(calls.embedded));
    drawOverview();
    status(detail);
  }

  /* aggregated bins: height is the share of time in syscalls, colour the class with most time */
  function drawBins(ln, y, k, faint) {
    var b = ln.bins, n = 0, cnt = 0, bw = Math.max(D.binw * k, 1), top = y + 2, hh = LANE_H - 4;
    ctx.globalAlpha = faint ? 0.28 : 1;
    for (var i = 0; i < b.length; i += 5) {
      var t = b[i] * D.binw, x = xOf(t);
      if (x + bw < GUTTER || x > canvas.clientWidth) { continue; }
      var bh = Math.max(3, Math.round(hh * b[i + 3] / 1000));
      ctx.fillStyle = COLORS[b[i + 2]];
      ctx.fillRect(x, top + hh - bh, bw, bh);
      n++; cnt += b[i + 1];
    }
    ctx.globalAlpha = 1;
    return [n, cnt];
  }

  function drawCalls(li, y, k) {
    var a = laneFirst[li], z = laneLast[li];
    if (a < 0) { return 0; }
    var i = lowerBound(callEnd, a, z, tl.v0), n = 0, lastX = -1, lastC = -1, w = canvas.clientWidth;
    for (; i < z && calls.ts[i] <= tl.v1; i++) {
      var x0 = xOf(calls.ts[i]), x1 = xOf(callEnd[i]), c = ncls[calls.name[i]];
      n++;
      if (x1 < GUTTER || x0 > w) { continue; }
      var px = Math.floor(x0);
      if (px === lastX && c === lastC && x1 - x0 < 1) { continue; }   /* same pixel, same colour */
      lastX = px; lastC = c;
      ctx.fillStyle = COLORS[c];
      ctx.fillRect(x0, y + 2, Math.max(x1 - x0, 1), LANE_H - 4);
      if (calls.err[i] >= 0) { ctx.fillStyle = ERR_COLOR; ctx.fillRect(x0, y + LANE_H - 4, Math.max(x1 - x0, 2), 2); }
      if (i === tl.hl) { ctx.strokeStyle = '#1d2330'; ctx.lineWidth = 2; ctx.strokeRect(x0 - 2, y + 1, Math.max(x1 - x0, 1) + 4, LANE_H - 2); ctx.lineWidth = 1; }
    }
    return n;
  }

  function drawEvents(li, y) {
    var ev = evByLane[li];
    for (var j = 0; j < ev.length; j++) {
      var e = ev[j], x = xOf(D.events.ts[e]), kind = D.events.kind[e];
      if (x < GUTTER - 5 || x > canvas.clientWidth + 5) { continue; }
      ctx.fillStyle = kind === 0 ? '#d4a106' : kind === 1 ? '#3b5bdb' : '#1d2330';
      ctx.beginPath();
      if (kind === 2) { ctx.rect(x - 1, y + 2, 2, LANE_H - 4); } else { ctx.moveTo(x - 4, y + 1); ctx.lineTo(x + 4, y + 1); ctx.lineTo(x, y + 7); ctx.closePath(); }
      ctx.fill();
    }
  }

  var ovMax = 0, ovBins = null;
  function drawOverview() {
    var w = ov.clientWidth, h = ov.clientHeight, i, j;
    if (!ovBins) {
      ovBins = { n: new Float64Array(D.nbins), c: [] };
      var byCls = [];
      for (i = 0; i < D.nbins; i++) { byCls.push(new Float64Array(8)); }
      lanes.forEach(function (ln) {
        for (j = 0; j < ln.bins.length; j += 5) { ovBins.n[ln.bins[j]] += ln.bins[j + 1]; byCls[ln.bins[j]][ln.bins[j + 2]] += ln.bins[j + 3] + 1; }
      });
      for (i = 0; i < D.nbins; i++) {
        var best = 7, bv = 0;
        for (j = 0; j < 8; j++) { if (byCls[i][j] > bv) { bv = byCls[i][j]; best = j; } }
        ovBins.c.push(best);
        ovMax = Math.max(ovMax, ovBins.n[i]);
      }
    }
    octx.clearRect(0, 0, w, h);
    var bw = Math.max(w / D.nbins, 1);
    for (i = 0; i < D.nbins; i++) {
      if (!ovBins.n[i]) { continue; }
      var bh = Math.max(2, (h - 6) * Math.sqrt(ovBins.n[i] / ovMax));
      octx.fillStyle = COLORS[ovBins.c[i]];
      octx.globalAlpha = 0.8;
      octx.fillRect(i * w / D.nbins, h - 3 - bh, bw, bh);
    }
    octx.globalAlpha = 1;
    var a = tl.v0 / span * w, b = tl.v1 / span * w;
    octx.fillStyle = 'rgba(59,91,219,.12)';
    octx.fillRect(a, 0, Math.max(b - a, 2), h);
    octx.strokeStyle = '#3b5bdb';
    octx.strokeRect(a + 0.5, 0.5, Math.max(b - a, 2) - 1, h - 1);
  }

  function status(detail) {
    var s = document.getElementById('tl-status');
    s.textContent = '';
    var txt = 'showing ' + fmtDur(tl.v0) + ' \u2013 ' + fmtDur(tl.v1) + ' of ' + fmtDur(span) + '  \u00b7  ';
    if (detail) {
      txt += calls.complete ? 'every call drawn individually' :
        'individual calls: the ' + fmtCount(calls.slowest) + ' slowest and a uniform sample (' + fmtCount(calls.embedded) + ' of ' + fmtCount(calls.total) + '); faint bars: all calls, binned';
    } else {
      txt += fmtCount(calls.total) + ' calls in ' + fmtCount(D.nbins) + ' time bins per thread (height: share of time in syscalls; colour: class with most time); zoom in for individual calls';
    }
    s.appendChild(document.createTextNode(txt));
    if (tl.v0 > 0 || tl.v1 < span) {
      var b = el('button', { text: 'reset zoom' });
      b.onclick = function () { tl.v0 = 0; tl.v1 = span; draw(); };
      s.appendChild(b);
    }
  }

  function zoomTo(a, b) {
    var minSpan = 200;
    if (b - a < minSpan) { var c = (a + b) / 2; a = c - minSpan / 2; b = c + minSpan / 2; }
    if (b - a > span) { a = 0; b = span; }
    if (a < 0) { b -= a; a = 0; }
    if (b > span) { a -= b - span; b = span; }
    tl.v0 = Math.max(0, a); tl.v1 = Math.min(span, b);
  }
  function scrollTo(s) { tl.scroll = Math.max(0, Math.min(s, lanesH() - viewH())); }

  function hit(mx, my) {
    if (mx < GUTTER || my < AXIS_H) { return null; }
    var li = Math.floor((my - AXIS_H + tl.scroll) / LANE_H);
    if (li < 0 || li >= lanes.length) { return null; }
    var t = tOf(mx), tol = 4 * (tl.v1 - tl.v0) / plotW(), j;
    var ev = evByLane[li];
    for (j = 0; j < ev.length; j++) {
      if (Math.abs(D.events.ts[ev[j]] - t) <= tol && (my - AXIS_H + tl.scroll) % LANE_H < 8) { return { ev: ev[j], lane: li }; }
    }
    var detail = canvas.getAttribute('data-mode') === 'calls';
    if (detail && laneFirst[li] >= 0) {
      var a = laneFirst[li], z = laneLast[li], i = lowerBound(callEnd, a, z, t - tol), best = -1, bd = Infinity;
      for (; i < z && calls.ts[i] <= t + tol; i++) {
        var d = t < calls.ts[i] ? calls.ts[i] - t : t > callEnd[i] ? t - callEnd[i] : 0;
        if (d < bd || (d === bd && calls.dur[i] > calls.dur[best])) { bd = d; best = i; }
      }
      if (best >= 0) { return { call: best, lane: li }; }
    }
    var b = lanes[li].bins, bi = Math.floor(t / D.binw);
    for (j = 0; j < b.length; j += 5) { if (b[j] === bi) { return { bin: j, lane: li }; } }
    return { lane: li };
  }

  function showTip(hv, cx, cy) {
    tip.textContent = '';
    if (!hv) { tip.hidden = true; return; }
    var ln = lanes[hv.lane], p = procs[ln.proc], who = (p ? (p.comm || '?') + '  pid ' + p.pid : 'pid ?') + '  tid ' + ln.tid;
    if (hv.call !== undefined) {
      var i = hv.call;
      tip.appendChild(el('div', { cls: 'call', text: callText(i) }));
      var meta = (calls.dur[i] < 0 ? 'unfinished' : fmtDur(calls.dur[i])) + '  \u00b7  at +' + fmtDur(calls.ts[i]) + '  \u00b7  ' + who;
      tip.appendChild(el('div', { cls: 'meta', text: meta }));
    } else if (hv.bin !== undefined) {
      var b = ln.bins, j = hv.bin, t = b[j] * D.binw;
      tip.appendChild(el('div', { cls: 'call', text: fmtCount(b[j + 1]) + ' calls, ' + (b[j + 3] / 10).toFixed(1) + '% of the time in syscalls' }));
      tip.appendChild(el('div', { cls: 'meta', text: 'mostly ' + D.classes[b[j + 2]] + (b[j + 4] >= 0 ? '; longest: ' + names[b[j + 4]] : '') }));
      tip.appendChild(el('div', { cls: 'meta', text: fmtTick(t, D.binw / 10) + ' \u2013 ' + fmtTick(t + D.binw, D.binw / 10) + '  \u00b7  ' + who }));
    } else if (hv.ev !== undefined) {
      tip.appendChild(el('div', { cls: 'call', text: D.events.info[hv.ev] }));
      tip.appendChild(el('div', { cls: 'meta', text: 'at +' + fmtDur(D.events.ts[hv.ev]) + '  \u00b7  ' + who }));
    } else {
      tip.appendChild(el('div', { cls: 'meta', text: who + (p && p.argv ? '  \u00b7  ' + clip(argvText(p.argv), 200) : '') }));
    }
    tip.hidden = false;
    var tw = tip.offsetWidth, th = tip.offsetHeight;
    tip.style.left = Math.min(cx + 14, window.innerWidth - tw - 8) + 'px';
    tip.style.top = (cy + 16 + th > window.innerHeight ? cy - th - 10 : cy + 16) + 'px';
  }

  function bindTimeline() {
    var drag = null;
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = canvas.getBoundingClientRect(), mx = e.clientX - r.left;
      if (e.shiftKey || mx < GUTTER) { scrollTo(tl.scroll + (e.deltaY || e.deltaX)); draw(); return; }
      var f = Math.exp(e.deltaY * 0.0015), t = tOf(mx);
      zoomTo(t - (t - tl.v0) * f, t + (tl.v1 - t) * f);
      draw();
    }, { passive: false });
    canvas.addEventListener('mousedown', function (e) {
      drag = { x: e.clientX, y: e.clientY, v0: tl.v0, v1: tl.v1, s: tl.scroll, moved: false };
      canvas.classList.add('dragging');
    });
    window.addEventListener('mousemove', function (e) {
      var r = canvas.getBoundingClientRect();
      if (drag) {
        var dx = e.clientX - drag.x, dt = dx * (drag.v1 - drag.v0) / plotW();
        if (Math.abs(dx) + Math.abs(e.clientY - drag.y) > 2) { drag.moved = true; }
        zoomTo(drag.v0 - dt, drag.v1 - dt);
        scrollTo(drag.s - (e.clientY - drag.y));
        draw();
        tip.hidden = true;
        return;
      }
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) { if (e.target !== canvas) { return; } }
      if (e.target === canvas) { showTip(hit(e.clientX - r.left, e.clientY - r.top), e.clientX, e.clientY); } else if (!tip.hidden && e.target !== ov && !e.target.closest('.hist')) { tip.hidden = true; }
    });
    window.addEventListener('mouseup', function () { drag = null; canvas.classList.remove('dragging'); });
    canvas.addEventListener('mouseleave', function () { if (!drag) { tip.hidden = true; } });
    canvas.addEventListener('dblclick', function () { tl.v0 = 0; tl.v1 = span; tl.hl = -1; draw(); });
    var odrag = false;
    function ovMove(e) {
      var r = ov.getBoundingClientRect(), t = (e.clientX - r.left) / r.width * span, half = (tl.v1 - tl.v0) / 2;
      zoomTo(t - half, t + half);
      draw();
    }
    ov.addEventListener('mousedown', function (e) { odrag = true; ovMove(e); });
    window.addEventListener('mousemove', function (e) { if (odrag) { ovMove(e); } });
    window.addEventListener('mouseup', function () { odrag = false; });
    var rt = null;
    window.addEventListener('resize', function () { clearTimeout(rt); rt = setTimeout(function () { layout(); draw(); }, 100); });
  }

  function showCall(i) {
    var a = calls.ts[i], d = Math.max(calls.dur[i], 1000);
    zoomTo(a - 4 * d, a + 5 * d);
    tl.hl = i;
    var y = calls.lane[i] * LANE_H;
    if (y < tl.scroll || y > tl.scroll + viewH() - LANE_H) { scrollTo(y - viewH() / 2); }
    draw();
    document.getElementById('timeline-section').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function legend() {
    var lg = document.getElementById('legend');
    D.classes.forEach(function (c, k) {
      if (!D.class_calls[k]) { return; }
      lg.appendChild(el('span', { cls: 'item' }, [el('span', { cls: 'chip', style: 'background:' + COLORS[k] }), c,
        el('span', { cls: 'n', text: fmtCount(D.class_calls[k]) + ' \u00b7 ' + fmtDur(D.class_time[k]) })]));
    });
    lg.appendChild(el('span', { cls: 'item' }, [el('span', { cls: 'chip', style: 'background:' + ERR_COLOR + ';height:3px' }), 'failed call']));
    lg.appendChild(el('span', { cls: 'item' }, [el('span', { cls: 'chip', style: 'background:#3b5bdb;width:8px;height:8px;clip-path:polygon(0 0,100% 0,50% 100%)' }), 'exec']));
    lg.appendChild(el('span', { cls: 'item' }, [el('span', { cls: 'chip', style: 'background:#d4a106;width:8px;height:8px;clip-path:polygon(0 0,100% 0,50% 100%)' }), 'signal']));
  }

  function timeline() {
    prepareTimeline();
    legend();
    layout();
    bindTimeline();
    draw();
  }

  /* ---- sortable tables ---- */

  function table(container, cols, rows, opts) {
    opts = opts || {};
    var sortCol = opts.sort === undefined ? 0 : opts.sort, asc = false;   /* -1: the order given */
    var wrap = el('div', { cls: 'scroll' }), t = el('table'), thead = el('thead'), tbody = el('tbody'), tr = el('tr');
    cols.forEach(function (c, i) {
      var th = el('th', { cls: c.num ? 'num' : '', text: c.title });
      th.onclick = function () { if (sortCol === i) { asc = !asc; } else { sortCol = i; asc = !!c.asc; } render(); };
      tr.appendChild(th);
    });
    thead.appendChild(tr); t.appendChild(thead); t.appendChild(tbody); wrap.appendChild(t);
    var filterText = '';
    if (opts.filter) {
      var inp = el('input', { type: 'search', placeholder: opts.filter });
      inp.oninput = function () { filterText = inp.value.toLowerCase(); render(); };
      container.appendChild(el('div', { cls: 'filter' }, [inp, opts.note ? '  ' + opts.note : null]));
    } else if (opts.note) {
      container.appendChild(el('div', { cls: 'filter', text: opts.note }));
    }
    container.appendChild(wrap);
    function render() {
      var rs = rows.filter(function (r) { return !filterText || (opts.filterKey(r) || '').toLowerCase().indexOf(filterText) >= 0; });
      if (sortCol >= 0) {
        var key = cols[sortCol].key;
        rs.sort(function (a, b) {
          var x = key(a), y = key(b), d = typeof x === 'string' ? x.localeCompare(y) : x - y;
          return asc ? d : -d;
        });
      }
      Array.prototype.forEach.call(thead.querySelectorAll('th'), function (th, i) { th.className = (cols[i].num ? 'num ' : '') + (i === sortCol ? 'sorted' + (asc ? ' asc' : '') : ''); });
      tbody.textContent = '';
      rs.forEach(function (r) {
        var row = el('tr');
        if (opts.rowAttrs) { opts.rowAttrs(r, row); }
        cols.forEach(function (c) {
          var td = el('td', { cls: (c.num ? 'num ' : '') + (c.cls ? c.cls(r) : '') });
          var v = c.cell(r);
          if (typeof v === 'string') { td.textContent = v; } else if (v) { td.appendChild(v); }
          row.appendChild(td);
        });
        tbody.appendChild(row);
      });
      t.setAttribute('data-rows', String(rs.length));
    }
    render();
    return t;
  }
  function barCell(v, max, color, text) {
    return el('div', { cls: 'bar' }, [el('span', { cls: 'b', style: 'width:' + (max ? Math.max(1, Math.round(90 * v / max)) : 0) + 'px;background:' + color }), el('span', { cls: 't', text: text })]);
  }

  /* ---- slowest calls ---- */

  function slowest() {
    var idx = [];
    for (var i = 0; i < calls.dur.length; i++) { idx.push(i); }
    idx.sort(function (a, b) { return calls.dur[b] - calls.dur[a]; });
    idx = idx.slice(0, 15);
    var box = document.getElementById('slowest');
    if (!idx.length) { box.appendChild(el('div', { cls: 'empty', text: 'no calls' })); return; }
    var t = el('table'), tb = el('tbody');
    t.appendChild(el('thead', null, [el('tr', null, [el('th', { cls: 'num', text: 'duration' }), el('th', { text: 'process' }), el('th', { text: 'call' })])]));
    idx.forEach(function (i) {
      var ln = lanes[calls.lane[i]], p = procs[ln.proc];
      var tr = el('tr', { cls: 'click' }, [el('td', { cls: 'num', text: calls.dur[i] < 0 ? 'unfinished' : fmtDur(calls.dur[i]) }),
        el('td', { cls: 'nowrap', text: (p ? (p.comm || '?') + ' ' + p.pid : '?') + (p && ln.tid !== p.pid ? ' / ' + ln.tid : '') }),
        el('td', { cls: 'mono', text: clip(callText(i), 300) })]);
      tr.onclick = function () { showCall(i); };
      tb.appendChild(tr);
    });
    t.appendChild(tb);
    t.setAttribute('data-rows', String(idx.length));
    box.appendChild(t);
  }

  /* ---- syscall mix ---- */

  function classBars() {
    var box = document.getElementById('classbars');
    [['calls', D.class_calls, fmtCount], ['time', D.class_time, fmtDur]].forEach(function (row) {
      var sum = row[1].reduce(function (a, b) { return a + b; }, 0), st = el('div', { cls: 'stack' });
      row[1].forEach(function (v, k) {
        if (!v) { return; }
        st.appendChild(el('div', { style: 'width:' + (100 * v / sum) + '%;background:' + COLORS[k], title: D.classes[k] + ': ' + row[2](v) + ' (' + pct(v, sum) + ')' }));
      });
      box.appendChild(el('div', { text: row[0] + ' by class' }));
      box.appendChild(st);
    });
  }

  function mix() {
    classBars();
    var maxN = 0, maxT = 0;
    D.stats.forEach(function (s) { maxN = Math.max(maxN, s.n); maxT = Math.max(maxT, s.time); });
    var t = table(document.getElementById('mix'), [
      { title: 'syscall', key: function (s) { return names[s.name]; }, asc: true, cell: function (s) { return el('span', null, [el('span', { cls: 'chip', style: 'background:' + COLORS[ncls[s.name]] }), ' ' + names[s.name]]); }, cls: function () { return 'mono'; } },
      { title: 'calls', num: true, key: function (s) { return s.n; }, cell: function (s) { return barCell(s.n, maxN, '#98a2b3', fmtCount(s.n)); } },
      { title: 'failed', num: true, key: function (s) { return s.err; }, cell: function (s) { return s.err ? fmtCount(s.err) + ' (' + pct(s.err, s.n) + ')' : ''; } },
      { title: 'time', num: true, key: function (s) { return s.time; }, cell: function (s) { return barCell(s.time, maxT, COLORS[ncls[s.name]], fmtDur(s.time)); } },
      { title: '% time', num: true, key: function (s) { return s.time; }, cell: function (s) { return pct(s.time, totalTime); } },
      { title: 'avg', num: true, key: function (s) { return s.time / Math.max(1, s.n - s.unf); }, cell: function (s) { return s.n > s.unf ? fmtDur(s.time / (s.n - s.unf)) : ''; } },
      { title: 'max', num: true, key: function (s) { return s.max; }, cell: function (s) { return s.n > s.unf ? fmtDur(s.max) : ''; } }
    ], D.stats, { sort: 3, rowAttrs: function (s, tr) { tr.setAttribute('data-name', names[s.name]); tr.setAttribute('data-calls', String(s.n)); } });
    t.id = 'mix-table';
    t.setAttribute('data-bars', String(D.stats.length));
  }

  /* ---- latency histograms ---- */

  var bMin = 99, bMax = 0;
  function bucketLabel(b) { return b === 0 ? '0 ns' : fmtDur(Math.pow(2, b - 1)) + ' \u2013 ' + fmtDur(Math.pow(2, b)); }
  function quantile(s, q) {
    var want = q * (s.n - s.unf), acc = 0;
    for (var i = 0; i < s.hist.length; i++) { acc += s.hist[i][1]; if (acc >= want) { return Math.min(Math.pow(2, s.hist[i][0]), s.max); } }
    return s.max;
  }
  function drawHist(c, s) {
    var dpr = window.devicePixelRatio || 1, w = c.clientWidth, h = c.clientHeight;
    c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
    var g = c.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    var nb = bMax - bMin + 1, bw = (w - 2) / nb, base = h - 16, maxc = 0;
    s.hist.forEach(function (e) { maxc = Math.max(maxc, e[1]); });
    g.strokeStyle = '#e3e6eb';
    g.beginPath(); g.moveTo(0, base + 0.5); g.lineTo(w, base + 0.5); g.stroke();
    g.font = '10px system-ui, sans-serif'; g.fillStyle = '#98a2b3'; g.textBaseline = 'top';
    [1, 1e3, 1e6, 1e9, 60e9].forEach(function (v, i) {
      var x = 1 + (Math.log2(v) + 1 - bMin) * bw;
      if (x < 0 || x > w - 10) { return; }
      g.fillRect(x, base, 1, 4);
      g.fillText(['1ns', '1\u00b5s', '1ms', '1s', '1min'][i], Math.min(x + 2, w - 24), base + 4);
    });
    var n = 0, total = 0;
    g.fillStyle = COLORS[ncls[s.name]];
    s.hist.forEach(function (e) {
      var bh = Math.max(1, (base - 4) * e[1] / maxc);
      g.fillRect(1 + (e[0] - bMin) * bw + 0.5, base - bh, Math.max(bw - 1, 1), bh);
      n++; total += e[1];
    });
    c.setAttribute('data-bars', String(n));
    c.setAttribute('data-count', String(total));
    c.onmousemove = function (ev) {
      var r = c.getBoundingClientRect(), b = bMin + Math.floor((ev.clientX - r.left - 1) / bw), cnt = 0;
      s.hist.forEach(function (e) { if (e[0] === b) { cnt = e[1]; } });
      tip.textContent = '';
      tip.appendChild(el('div', { cls: 'call', text: names[s.name] + ': ' + fmtCount(cnt) + ' calls' }));
      tip.appendChild(el('div', { cls: 'meta', text: bucketLabel(b) + '  \u00b7  ' + pct(cnt, s.n - s.unf) + ' of its calls' }));
      tip.hidden = false;
      tip.style.left = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + 'px';
      tip.style.top = (ev.clientY + 16) + 'px';
    };
    c.onmouseleave = function () { tip.hidden = true; };
  }
  function histograms() {
    var stats = D.stats.filter(function (s) { return s.hist.length; }).sort(function (a, b) { return b.time - a.time; });
    stats.forEach(function (s) { s.hist.forEach(function (e) { bMin = Math.min(bMin, e[0]); bMax = Math.max(bMax, e[0]); }); });
    bMin = Math.max(0, bMin - 1); bMax = Math.min(47, bMax + 1);
    var grid = document.getElementById('latency'), shown = 0;
    grid.setAttribute('data-histograms', '0');
    function add(upto) {
      for (; shown < Math.min(upto, stats.length); shown++) {
        var s = stats[shown], c = el('canvas', { 'data-name': names[s.name] });
        var head = el('div', { cls: 'h' }, [el('span', { cls: 'name', text: names[s.name] }),
          el('span', { cls: 's', text: fmtCount(s.n - s.unf) + (s.n - s.unf === 1 ? ' call' : ' calls') + ' \u00b7 ' + fmtDur(s.time) + ' in all' })]);
        var sub = el('div', { cls: 'q', text: 'p50 \u2264 ' + fmtDur(quantile(s, 0.5)) + '  \u00b7  p99 \u2264 ' + fmtDur(quantile(s, 0.99)) + '  \u00b7  max ' + fmtDur(s.max) });
        grid.appendChild(el('div', { cls: 'hist' }, [head, sub, c]));
        drawHist(c, s);
      }
      grid.setAttribute('data-histograms', String(shown));
      var more = document.getElementById('latency-more');
      more.textContent = '';
      if (shown < stats.length) {
        var b = el('button', { text: 'show all ' + stats.length });
        b.onclick = function () { add(stats.length); };
        more.appendChild(el('div', { cls: 'more' }, ['the ' + shown + ' syscalls with the most time', b]));
      }
    }
    if (!stats.length) { grid.appendChild(el('div', { cls: 'empty', text: 'no finished calls' })); }
    add(12);
  }

  /* ---- process tree ---- */

  function exitBadge(p) {
    if (p.exit_signal !== undefined) { return el('span', { cls: 'badge bad', text: 'killed by ' + p.signame + (p.core ? ' (core)' : '') }); }
    if (p.exit_code !== undefined) { return el('span', { cls: 'badge ' + (p.exit_code ? 'bad' : 'ok'), text: 'exit ' + p.exit_code }); }
    return el('span', { cls: 'badge run', text: 'no exit seen' });
  }
  function procTree() {
    var kids = {}, roots = [], box = document.getElementById('proctree'), count = 0;
    procs.forEach(function (p, i) { if (p.parent >= 0) { (kids[p.parent] = kids[p.parent] || []).push(i); } else { roots.push(i); } });
    function node(i, depth) {
      var p = procs[i], argv = argvText(p.argv), li = el('li', { 'data-pid': String(p.pid) });
      var dur = p.end !== undefined ? fmtDur(p.end - p.start) : '';
      li.appendChild(el('div', { cls: 'proc' }, [el('span', { cls: 'comm', text: p.comm || '?' }), el('span', { cls: 'pid', text: 'pid ' + p.pid }),
        el('span', { cls: 'argv', text: argv || (p.exe || ''), title: argv + (p.cwd ? '\ncwd: ' + p.cwd : '') + (p.exe ? '\nexe: ' + p.exe : '') }),
        exitBadge(p), el('span', { cls: 'stat', text: [dur, fmtCount(p.n) + ' syscalls', p.err ? fmtCount(p.err) + ' failed' : '', p.threads > 1 ? p.threads + ' threads' : '', 'starts +' + fmtDur(p.start)].filter(Boolean).join(' \u00b7 ') })]));
      count++;
      if (kids[i] && depth < 60) { var ul = el('ul'); kids[i].forEach(function (k) { ul.appendChild(node(k, depth + 1)); }); li.appendChild(ul); }
      return li;
    }
    var ul = el('ul');
    roots.forEach(function (r) { ul.appendChild(node(r, 0)); });
    var tree = el('div', { cls: 'tree', id: 'proc-tree' }, [ul]);
    box.appendChild(tree);
    tree.setAttribute('data-procs', String(count));
    if (!procs.length) { box.appendChild(el('div', { cls: 'empty', text: 'no processes recorded' })); }
  }

  /* ---- files and network ---- */

  function files() {
    var rows = D.files.rows, maxB = 0;
    rows.forEach(function (f) { maxB = Math.max(maxB, f.rb, f.wb); });
    var note = D.files.total > rows.length ? 'the ' + rows.length + ' busiest of ' + fmtCount(D.files.total) + ' paths' : fmtCount(rows.length) + ' paths';
    var t = table(document.getElementById('files'), [
      { title: 'path', key: function (f) { return f.path; }, asc: true, cell: function (f) { return f.path; }, cls: function (f) { return 'mono' + (f.kind !== 'path' ? ' pseudo' : ''); } },
      { title: 'opens', num: true, key: function (f) { return f.opens; }, cell: function (f) { return f.opens ? fmtCount(f.opens) : ''; } },
      { title: 'failed', num: true, key: function (f) { return f.errs; }, cell: function (f) { return f.errs ? fmtCount(f.errs) : ''; } },
      { title: 'read', num: true, key: function (f) { return f.rb; }, cell: function (f) { return f.rd ? barCell(f.rb, maxB, COLORS[0], fmtBytes(f.rb) + ' / ' + fmtCount(f.rd)) : ''; } },
      { title: 'written', num: true, key: function (f) { return f.wb; }, cell: function (f) { return f.wr ? barCell(f.wb, maxB, COLORS[1], fmtBytes(f.wb) + ' / ' + fmtCount(f.wr)) : ''; } },
      { title: 'other calls', num: true, key: function (f) { return f.other; }, cell: function (f) { return f.other ? fmtCount(f.other) : ''; } },
      { title: 'processes', num: true, key: function (f) { return f.procs; }, cell: function (f) { return fmtCount(f.procs); } }
    ], rows, {
      sort: -1, filter: 'filter paths', note: note + ' (read/written: bytes / calls)', filterKey: function (f) { return f.path; },
      rowAttrs: function (f, tr) { tr.setAttribute('data-path', f.path); tr.setAttribute('data-opens', String(f.opens)); tr.setAttribute('data-rb', String(f.rb)); tr.setAttribute('data-wb', String(f.wb)); }
    });
    t.id = 'files-table';
  }

  function net() {
    var rows = D.net.rows, box = document.getElementById('net');
    if (!rows.length) { box.appendChild(el('div', { cls: 'empty', text: 'no sockets in this trace' })); return; }
    var t = table(box, [
      { title: 'process', key: function (r) { var p = procs[r.proc]; return p ? p.pid : 0; }, cell: function (r) { var p = procs[r.proc]; return p ? (p.comm || '?') + ' ' + p.pid : '?'; } },
      { title: 'proto', key: function (r) { return r.proto; }, asc: true, cell: function (r) { return r.proto; } },
      { title: 'local', key: function (r) { return r.local || ''; }, asc: true, cell: function (r) { return r.local || ''; }, cls: function () { return 'mono'; } },
      { title: 'remote', key: function (r) { return r.remote || ''; }, asc: true, cell: function (r) { return r.remote || ''; }, cls: function () { return 'mono'; } },
      { title: 'how', key: function (r) { return r.how; }, asc: true, cell: function (r) { return r.how; } },
      { title: 'sent', num: true, key: function (r) { return r.sent; }, cell: function (r) { return fmtBytes(r.sent); } },
      { title: 'received', num: true, key: function (r) { return r.recv; }, cell: function (r) { return fmtBytes(r.recv); } },
      { title: 'calls', num: true, key: function (r) { return r.calls; }, cell: function (r) { return fmtCount(r.calls); } }
    ], rows, {
      sort: -1, note: D.net.total > rows.length ? 'the ' + rows.length + ' busiest of ' + fmtCount(D.net.total) : '',
      rowAttrs: function (r, tr) { tr.setAttribute('data-remote', r.remote || ''); tr.setAttribute('data-local', r.local || ''); tr.setAttribute('data-sent', String(r.sent)); tr.setAttribute('data-recv', String(r.recv)); }
    });
    t.id = 'net-table';
  }

  function footer() {
    document.getElementById('footer').textContent = 'Generated by sctrace report --html from ' + D.meta.store + '. Everything is in this file; it loads nothing from the network.';
  }

  safely('header', header);
  safely('timeline', timeline);
  safely('slowest calls', slowest);
  safely('syscall mix', mix);
  safely('latency', histograms);
  safely('processes', procTree);
  safely('files', files);
  safely('network', net);
  safely('footer', footer);
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
  document.body.setAttribute('data-ready', '1');
})();
