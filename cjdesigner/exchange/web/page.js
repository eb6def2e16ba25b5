"use strict";
(function () {
  var data = JSON.parse(document.getElementById("cjm-data").textContent);
  var cards = data.cards;
  var svg = document.getElementById("map");
  var world = document.getElementById("world");
  var viewport = document.getElementById("viewport");
  var details = document.getElementById("details");
  var body = document.getElementById("details-body");
  var box = svg.viewBox.baseVal;
  var view = { k: 1, x: 0, y: 0 };
  var MIN = 0.05, MAX = 4;

  // -- zoom and pan: the map's world group is scaled and moved inside the viewport --------
  function apply() {
    world.setAttribute("transform",
      "translate(" + view.x.toFixed(2) + " " + view.y.toFixed(2) + ") scale(" + view.k.toFixed(4) + ")");
  }
  function size() { return { w: viewport.clientWidth || 1, h: viewport.clientHeight || 1 }; }
  function syncViewBox() {
    var s = size();
    svg.setAttribute("viewBox", "0 0 " + s.w + " " + s.h);
  }
  function fit() {
    var s = size();
    view.k = Math.min(s.w / box.width, s.h / box.height, 1);
    view.x = (s.w - box.width * view.k) / 2;
    view.y = Math.max(0, (s.h - box.height * view.k) / 2);
    apply();
  }
  function start() {
    // the whole map when it reads well; else its beginning at a readable size
    var s = size();
    var whole = Math.min(s.w / box.width, s.h / box.height);
    if (whole >= 0.5) { fit(); return; }
    view.k = Math.min(1, Math.max(whole, s.w < 700 ? 0.55 : 0.6, s.w / box.width));
    view.x = 0; view.y = 0;
    apply();
  }
  function zoomAt(factor, px, py) {
    touched = true;
    var k = Math.min(MAX, Math.max(MIN, view.k * factor));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    apply();
  }
  function centre() { var s = size(); return [s.w / 2, s.h / 2]; }
  var width0 = box.width, height0 = box.height;
  box = { width: width0, height: height0 };
  syncViewBox();
  start();
  // the first view follows the viewport's size until the reader zooms or pans (fonts
  // arriving can change the header's height after the first layout)
  var touched = false;
  function resized() { syncViewBox(); if (touched) apply(); else start(); }
  if (window.ResizeObserver) new ResizeObserver(resized).observe(viewport);
  else window.addEventListener("resize", resized);

  viewport.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = viewport.getBoundingClientRect();
    var step = e.ctrlKey ? 0.01 : 0.0015;
    zoomAt(Math.exp(-e.deltaY * step), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });

  var pointers = {}, moved = 0, pinch = null;
  viewport.addEventListener("pointerdown", function (e) {
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    moved = 0;
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      pinch = { d: Math.hypot(a.x - b.x, a.y - b.y) || 1 };
    }
    viewport.classList.add("dragging");
  });
  viewport.addEventListener("pointermove", function (e) {
    var last = pointers[e.pointerId];
    if (!last) return;
    var dx = e.clientX - last.x, dy = e.clientY - last.y;
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    if (ids.length === 2 && pinch) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var d = Math.hypot(a.x - b.x, a.y - b.y) || 1;
      var r = viewport.getBoundingClientRect();
      zoomAt(d / pinch.d, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
      pinch.d = d;
      moved += 10;
      return;
    }
    moved += Math.abs(dx) + Math.abs(dy);
    if (moved > 3) {
      if (!viewport.hasPointerCapture(e.pointerId)) viewport.setPointerCapture(e.pointerId);
      touched = true;
      view.x += dx; view.y += dy; apply();
    }
  });
  function release(e) {
    delete pointers[e.pointerId];
    if (Object.keys(pointers).length < 2) pinch = null;
    if (!Object.keys(pointers).length) viewport.classList.remove("dragging");
  }
  viewport.addEventListener("pointerup", release);
  viewport.addEventListener("pointercancel", release);

  document.getElementById("zoom-in").addEventListener("click", function () {
    var c = centre(); zoomAt(1.25, c[0], c[1]);
  });
  document.getElementById("zoom-out").addEventListener("click", function () {
    var c = centre(); zoomAt(0.8, c[0], c[1]);
  });
  document.getElementById("zoom-fit").addEventListener("click", function () {
    touched = true; fit();
  });
  document.addEventListener("keydown", function (e) {
    if (e.target.tagName === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) return;
    var c = centre();
    if (e.key === "+" || e.key === "=") zoomAt(1.25, c[0], c[1]);
    else if (e.key === "-") zoomAt(0.8, c[0], c[1]);
    else if (e.key === "0") fit();
    else if (e.key === "Escape") closeDetails();
  });

  // -- one card's fields, always written as text --------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
      node.dir = "auto";  // each text reads in its own direction (Arabic in an English map)
    }
    return node;
  }
  var selected = null;
  function select(id) {
    if (selected) selected.classList.remove("selected");
    selected = svg.querySelector('.card[data-id="' + CSS.escape(id) + '"]');
    if (selected) selected.classList.add("selected");
  }
  function show(id) {
    var c = cards[id];
    if (!c) return;
    select(id);
    body.textContent = "";
    body.appendChild(el("h2", "", c.title || "Untitled"));
    body.appendChild(el("p", "where", [c.stage, c.step].filter(Boolean).join(" › ")));
    if (c.description) body.appendChild(el("p", "description", c.description));
    var dl = el("dl");
    function row(label, value) {
      if (value === "" || value === null || value === undefined) return;
      dl.appendChild(el("dt", "", label));
      var dd = el("dd");
      if (value instanceof Node) dd.appendChild(value);
      else { dd.textContent = String(value); dd.dir = "auto"; }
      dl.appendChild(dd);
    }
    row("Lane", c.lane === c.kind ? c.lane : c.lane + " (" + c.kind + ")");
    row("Channel", c.channel);
    row("Owner", c.owner);
    row("Evidence", c.evidence ? c.evidence + (c.source ? " — " + c.source : "") : c.source);
    row("Emotion", c.emotion);
    if (c.tags.length) {
      var tags = el("span");
      c.tags.forEach(function (t) { tags.appendChild(el("span", "chip", t)); });
      row("Tags", tags);
    }
    row("Votes", c.votes || "");
    row("Impact", c.impact === null ? "" : c.impact + " of 5");
    row("Effort", c.effort === null ? "" : c.effort + " of 5");
    if (c.links.length) {
      var links = el("span");
      c.links.forEach(function (target) {
        var t = cards[target];
        var b = el("button", "link", t ? (t.title || "Untitled") : target);
        b.type = "button";
        b.addEventListener("click", function () { show(target); reveal(target); });
        links.appendChild(b);
        links.appendChild(document.createTextNode(" "));
      });
      row("Links to", links);
    }
    if (c.image && !c.embedded) row("Picture", c.image);
    body.appendChild(dl);
    if (c.image && c.embedded) {
      var img = el("img");
      img.alt = c.title || "Card picture";
      img.src = c.image;
      body.appendChild(img);
    }
    details.hidden = false;
  }
  function closeDetails() {
    details.hidden = true;
    if (selected) selected.classList.remove("selected");
    selected = null;
  }
  function reveal(id) {
    var node = svg.querySelector('.card[data-id="' + CSS.escape(id) + '"]');
    if (!node || listView()) return;
    touched = true;
    var b = node.getBBox(), m = node.transform.baseVal.consolidate().matrix;
    var s = size();
    view.x = s.w / 2 - (m.e + b.width / 2) * view.k;
    view.y = s.h / 3 - (m.f + b.height / 2) * view.k;
    apply();
  }
  document.getElementById("close-details").addEventListener("click", closeDetails);
  function cardFrom(target) {
    var node = target.closest && target.closest("[data-id]");
    return node ? node.getAttribute("data-id") : null;
  }
  svg.addEventListener("click", function (e) {
    if (moved > 3) return;
    var id = cardFrom(e.target);
    if (id) show(id); else closeDetails();
  });
  document.getElementById("list").addEventListener("click", function (e) {
    var id = cardFrom(e.target);
    if (id) show(id);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") return;
    var id = cardFrom(e.target);
    if (id && cards[id]) { e.preventDefault(); show(id); }
  });

  // -- filters: cards that do not match are dimmed (map) or hidden (list) -------------------
  var filters = {
    channel: document.getElementById("f-channel"), owner: document.getElementById("f-owner"),
    tag: document.getElementById("f-tag"), evidence: document.getElementById("f-evidence")
  };
  var count = document.getElementById("count");
  function chosen(select) {  // option values are numbers; the text is the value
    return select.value ? select.options[select.selectedIndex].textContent : "";
  }
  function matches(c) {
    var f = filters, channel = chosen(f.channel), owner = chosen(f.owner),
      tag = chosen(f.tag), evidence = chosen(f.evidence);
    return (!channel || c.channel === channel) && (!owner || c.owner === owner) &&
      (!tag || c.tags.indexOf(tag) >= 0) && (!evidence || c.evidence === evidence);
  }
  function filter() {
    var shown = 0, total = 0, active = false;
    Object.keys(filters).forEach(function (k) {
      filters[k].classList.toggle("active", !!filters[k].value);
      active = active || !!filters[k].value;
    });
    document.querySelectorAll("[data-id]").forEach(function (node) {
      var c = cards[node.getAttribute("data-id")];
      if (!c) return;
      var ok = matches(c);
      node.classList.toggle("dim", !ok);
      if (node.classList.contains("card")) { total += 1; if (ok) shown += 1; }
    });
    count.textContent = active ? shown + " of " + total + " cards" : total + " cards";
    // in the list, a step (and a stage) without a matching card goes too
    document.querySelectorAll("#list .step, #list .stage").forEach(function (group) {
      group.hidden = !group.querySelector(".item:not(.dim)");
    });
  }
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener("change", filter); });
  document.getElementById("filters").addEventListener("reset", function () {
    setTimeout(filter, 0);
  });
  filter();

  // -- views ------------------------------------------------------------------------------
  var views = { map: viewport, list: document.getElementById("list"),
    about: document.getElementById("about") };
  var buttons = { map: document.getElementById("show-map"),
    list: document.getElementById("show-list"), about: document.getElementById("show-about") };
  function listView() { return !views.list.hidden; }
  function showView(name) {
    Object.keys(views).forEach(function (k) {
      views[k].hidden = k !== name;
      buttons[k].setAttribute("aria-pressed", k === name ? "true" : "false");
    });
    document.querySelector(".zoom").hidden = name !== "map";
    if (name === "map") { syncViewBox(); apply(); }
  }
  Object.keys(buttons).forEach(function (k) {
    buttons[k].addEventListener("click", function () { showView(k); });
  });

  // -- printing: the whole map on the page --------------------------------------------------
  var saved = null;
  window.addEventListener("beforeprint", function () {
    saved = { k: view.k, x: view.x, y: view.y };
    svg.setAttribute("viewBox", "0 0 " + box.width + " " + box.height);
    world.removeAttribute("transform");
  });
  window.addEventListener("afterprint", function () {
    if (saved) { view = saved; }
    syncViewBox(); apply();
  });
})();
