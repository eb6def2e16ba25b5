"""The room: live co-editing of one map over Yjs on the local network (Qt-free).

* :mod:`.mapdoc` — the map's place in the shared Yjs document (pycrdt);
* :mod:`.projection` — the document read back as a valid map;
* :mod:`.reconcile` / :mod:`.binding` — the map and the document kept equal through edits;
* :mod:`.server` — the session server (y-websocket protocol, token, limits, HTTP routes);
* :mod:`.client` — a peer joining a session (or a relay such as the npm y-websocket server);
* :mod:`.discovery` — sessions announced and found with zeroconf (mDNS);
* :mod:`.hosting` — ``cjdesigner host``: a session without a window.
"""
