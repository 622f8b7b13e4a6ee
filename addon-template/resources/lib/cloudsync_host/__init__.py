"""Thin Python shims between the compiled TypeScript (package `cloudsync`) and Kodi or Paho.

Each module wraps one API and holds no logic of its own; their contract is declared in
src/host/cloudsync-host.d.ts.
"""
