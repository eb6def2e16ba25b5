// The phone page of a cjdesigner session: a name once, cards, votes, the timer.
// Everything anyone typed is written with textContent, never as markup.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 1500;
  const keep = {
    get(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private tab */ } },
  };
  let secret = keep.get('cjdesigner.secret');
  let myName = keep.get('cjdesigner.name');
  let map = null;
  let room = null;
  let roomAt = 0;
  let noticeTimer = 0;
  let placeChosen = false;  // until the participant picks a place, it follows the spotlight

  // the token stays in the cookie the host set; the address bar and history lose it
  if (window.location.search.indexOf('token=') >= 0) {
    window.history.replaceState(null, '', window.location.pathname);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(text, kind) {
    const box = $('notice');
    box.textContent = text;
    box.className = 'notice' + (kind ? ' ' + kind : '');
    box.hidden = false;
    window.clearTimeout(noticeTimer);
    noticeTimer = window.setTimeout(() => { box.hidden = true; }, 5000);
  }

  async function api(path, body) {
    const options = { headers: {}, credentials: 'same-origin', cache: 'no-store' };
    if (secret) options.headers['X-Participant'] = secret;
    if (body !== undefined) {
      options.method = 'POST';
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await window.fetch(path, options);
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      const error = new Error((data && typeof data.error === 'string') ? data.error
        : 'The host did not answer (' + response.status + ').');
      error.status = response.status;
      throw error;
    }
    return data;
  }

  // -- the name, asked once --------------------------------------------------------
  async function join(name) {
    const data = await api('/api/join', { name: name });
    secret = data.secret;
    myName = data.name;
    keep.set('cjdesigner.secret', secret);
    keep.set('cjdesigner.name', myName);
  }

  async function withMembership(action) {
    try {
      return await action();
    } catch (error) {
      if (error.status === 401 && myName) {  // the host restarted: same name again
        secret = null;
        await join(myName);
        return await action();
      }
      throw error;
    }
  }

  function showNameStep(show) {
    $('name-step').hidden = !show;
    $('room').hidden = show;
    $('you-name').textContent = myName || '';
    if (show) {
      $('name').value = myName || '';
      $('name').focus();
    }
  }

  $('name-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = $('name').value.trim();
    if (!name) return;
    try {
      await join(name);
      showNameStep(false);
      await refresh();
    } catch (error) {
      say(error.message, 'bad');
    }
  });

  $('rename').addEventListener('click', () => showNameStep(true));

  // -- the map: where a card can go, what can be voted on ------------------------------
  function fillWhere() {
    const steps = $('card-step');
    const lanes = $('card-lane');
    const chosenStep = steps.value;
    const chosenLane = lanes.value;
    steps.replaceChildren();
    steps.appendChild(new Option('Inbox: the facilitator places it', ''));
    for (const stage of map.stages) {
      const group = document.createElement('optgroup');
      group.label = stage.name;  // a property, not markup
      for (const step of stage.steps) group.appendChild(new Option(step.name, step.id));
      steps.appendChild(group);
    }
    lanes.replaceChildren();
    for (const lane of map.lanes) lanes.appendChild(new Option(lane.title, lane.id));
    if (placeChosen && [...steps.options].some((o) => o.value === chosenStep)) {
      steps.value = chosenStep;
    } else {
      steps.value = '';
      followSpotlight();
    }
    if ([...lanes.options].some((o) => o.value === chosenLane)) lanes.value = chosenLane;
    lanes.disabled = steps.value === '';
    $('map-title').textContent = map.title || 'Journey map';
  }

  function followSpotlight() {
    if (placeChosen || !map || !room || !room.spotlight) return;
    const stage = map.stages.find((s) => s.id === room.spotlight);
    if (stage && stage.steps.length && $('card-step').value !== stage.steps[0].id) {
      $('card-step').value = stage.steps[0].id;
      $('card-lane').disabled = false;
    }
  }

  $('card-step').addEventListener('change', () => {
    placeChosen = true;
    $('card-lane').disabled = $('card-step').value === '';
  });

  $('card-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const title = $('card-title').value.trim();
    if (!title) return;
    const step = $('card-step').value;
    const body = { title: title };
    if (step) {
      body.step = step;
      body.lane = $('card-lane').value;
    }
    const button = event.submitter || $('card-form').querySelector('button');
    button.disabled = true;
    try {
      const answer = await withMembership(() => api('/api/cards', body));
      $('card-title').value = '';
      say({
        map: 'Your card is on the map.',
        inbox: 'Your card waits in the inbox for the facilitator.',
        hidden: 'Your card is hidden until the facilitator reveals everyone’s together.',
      }[answer.placed] || 'Sent.', 'good');
      await refresh();
    } catch (error) {
      say(error.message, 'bad');
    } finally {
      button.disabled = false;
    }
  });

  // -- votes ---------------------------------------------------------------------------------
  async function vote(card, delta) {
    try {
      const round = await withMembership(() => api('/api/votes', { card: card, delta: delta }));
      room.vote = round;
      drawVote();
    } catch (error) {
      say(error.message, 'bad');
    }
  }

  function drawVote() {
    const round = room && room.vote;
    const box = $('vote');
    if (!round || !map) { box.hidden = true; return; }
    box.hidden = false;
    const revealed = round.status === 'revealed';
    $('vote-title').textContent = revealed ? 'Votes revealed' : 'Vote';
    let status;
    if (revealed) status = 'The facilitator revealed the votes.';
    else if (round.accepting) {
      status = round.left + ' of ' + round.budget + ' votes left'
        + (round.per_card < round.budget ? ' · at most ' + round.per_card + ' on one card' : '')
        + (round.anonymous ? ' · anonymous' : ' · names shown at the reveal');
    } else status = 'Voting is closed.';
    $('vote-status').textContent = status;
    const list = $('vote-cards');
    list.replaceChildren();
    const stages = map.stages.slice();
    if (room.spotlight) stages.sort((a, b) => (b.id === room.spotlight) - (a.id === room.spotlight));
    const lanes = new Set(map.lanes.map((l) => l.id));
    for (const stage of stages) {
      const steps = new Set(stage.steps.map((s) => s.id));
      let cards = map.cards.filter((c) => steps.has(c.step) && lanes.has(c.lane) && c.title);
      if (revealed && round.tally) {
        cards = cards.filter((c) => round.tally[c.id]);
        cards.sort((a, b) => round.tally[b.id] - round.tally[a.id]);
      }
      if (!cards.length) continue;
      list.appendChild(el('li', 'stage', stage.name));
      for (const card of cards) {
        const row = el('li');
        row.dataset.card = card.id;
        const words = el('span', 'words', card.title);
        if (revealed && round.voters && round.voters[card.id]) {
          words.appendChild(el('span', 'state', ' · ' + round.voters[card.id].join(', ')));
        }
        row.appendChild(words);
        if (revealed) {
          row.appendChild(el('span', 'total', String(round.tally[card.id])));
        } else {
          const mine = round.mine[card.id] || 0;
          const counter = el('span', 'counter');
          const less = el('button', 'less', '−');
          less.type = 'button';
          less.setAttribute('aria-label', 'One vote less');
          less.disabled = !round.accepting || mine === 0;
          less.addEventListener('click', () => vote(card.id, -1));
          const more = el('button', 'more', '+');
          more.type = 'button';
          more.setAttribute('aria-label', 'One vote more');
          more.disabled = !round.accepting || round.left <= 0 || mine >= round.per_card;
          more.addEventListener('click', () => vote(card.id, 1));
          counter.append(less, el('span', 'mine', String(mine)), more);
          row.appendChild(counter);
        }
        list.appendChild(row);
      }
    }
  }

  // -- the room: timer, spotlight, my waiting cards -----------------------------------------
  function drawClock() {
    const clock = $('clock');
    if (!room) return;
    const timer = room.timer;
    let left = timer.remaining;
    if (timer.running) left = Math.max(0, left - (Date.now() - roomAt) / 1000);
    const whole = Math.ceil(left - 1e-9);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const pad = (n) => String(n).padStart(2, '0');
    clock.textContent = h ? h + ':' + pad(m) + ':' + pad(s) : m + ':' + pad(s);
    clock.className = 'clock' + (whole <= 0 ? ' done' : timer.running ? '' : ' paused');
  }

  function drawRoom() {
    $('you-name').textContent = myName || '';
    const stage = map && room.spotlight ? map.stages.find((s) => s.id === room.spotlight) : null;
    $('focus').hidden = !stage;
    $('focus-name').textContent = stage ? stage.name : '';
    followSpotlight();
    $('mode').textContent = room.private
      ? 'Private mode: your cards stay hidden until the facilitator reveals everyone’s together.'
      : room.moderated ? 'The facilitator approves each card before it goes on the map.'
        : 'A card with a place goes straight onto the map; the inbox waits for the facilitator.';
    const waiting = room.waiting || [];
    $('waiting').hidden = waiting.length === 0;
    const list = $('waiting-list');
    list.replaceChildren();
    for (const note of waiting) {
      const item = el('li', '', note.title);
      item.appendChild(el('span', 'state', note.state === 'hidden' ? 'hidden until the reveal' : 'in the inbox'));
      list.appendChild(item);
    }
    drawClock();
    drawVote();
  }

  async function refresh() {
    room = await api('/api/room');
    roomAt = Date.now();
    if (!map || map.version !== room.map_version) {
      map = await api('/api/map');
      fillWhere();
    }
    if (secret && !room.you && myName) {  // the host forgot this phone: join again quietly
      await join(myName);
      room = await api('/api/room');
      roomAt = Date.now();
    }
    drawRoom();
  }

  async function poll() {
    try {
      await refresh();
    } catch (error) {
      if (error.status !== 429) say(error.message || 'The host cannot be reached.', 'bad');
    }
    window.setTimeout(poll, POLL_MS);
  }

  window.setInterval(drawClock, 250);
  if (myName && secret) {
    showNameStep(false);
  } else {
    showNameStep(true);
  }
  poll();
}());
