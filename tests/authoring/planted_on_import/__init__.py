"""Connectors whose mistake is caught while their module is imported (by `build`)."""
