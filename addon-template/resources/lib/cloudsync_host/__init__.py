"""Thin Python shims between the compiled TypeScript (package `cloudsync`) and Kodi or Paho.

Each module wraps one API; their threads only queue what happens, and the decisions are the
TypeScript's. Their contract is declared in src/host/cloudsync-host.d.ts; the names both sides use
(add-on id, window property, string ids) come from cloudsync.contract, compiled from src/contract.ts.
"""
