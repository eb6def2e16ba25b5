// A Yjs client from npm (yjs + y-websocket) driven by cjdesigner's tests: one JSON
// command per line on stdin, one JSON event per line on stdout.
//   node peer.mjs SERVER_URL ROOM [TOKEN]
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import readline from 'node:readline'

const [, , serverUrl, room, token] = process.argv
const doc = new Y.Doc()
const params = token ? { token } : {}
const provider = new WebsocketProvider(serverUrl, room, doc, {
  WebSocketPolyfill: WebSocket, params, disableBc: true
})
const out = (event) => process.stdout.write(JSON.stringify(event) + '\n')
provider.awareness.setLocalStateField('user', { name: 'Yjs from npm', color: '#3366cc' })
provider.on('sync', (synced) => { if (synced) out({ event: 'synced' }) })
provider.on('status', (ev) => out({ event: 'status', status: ev.status }))

const roots = ['meta', 'personas', 'stages', 'steps', 'lanes', 'cards', 'curves', 'conflicts']
const commands = {
  dump () {
    const data = {}
    for (const name of roots) data[name] = doc.getMap(name).toJSON()
    return { data }
  },
  add_card ({ id, lane_id: lane, step_id: step, title, pos }) {
    doc.transact(() => {
      const card = new Y.Map()
      card.set('lane_id', lane)
      card.set('step_id', step)
      card.set('title', new Y.Text(title))
      card.set('pos', pos)
      doc.getMap('cards').set(id, card)
    })
    return {}
  },
  type ({ root, id, field, index, text }) {
    doc.getMap(root).get(id).get(field).insert(index, text)
    return {}
  },
  set ({ root, id, field, value }) {
    doc.getMap(root).get(id).set(field, value)
    return {}
  },
  presence () {
    return { states: Array.from(provider.awareness.getStates().values()) }
  },
  quit () {
    provider.destroy()
    setTimeout(() => process.exit(0), 50)
    return {}
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line)
  try {
    out({ event: 'done', op: command.op, ...commands[command.op](command) })
  } catch (err) {
    out({ event: 'error', op: command.op, message: String(err) })
  }
})
