"""HMO Desktop: choose a California HMO primary care physician, offline."""

# The one place the version lives: pyproject.toml reads it, the About box shows it.
# (A constant, not importlib.metadata: that import alone costs ~30 ms at start-up.)
__version__ = "0.1.0"
