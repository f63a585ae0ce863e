"""The Qt layer: screens, item models and the main window that wires them."""
