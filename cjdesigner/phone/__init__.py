"""The page a participant opens on a phone or laptop without the app: served by the
session's host, nothing installed, nothing from the internet. See :mod:`.api`."""
