"""Readers for real public provider files (not yet used by the build)."""
