"""The bare PySide6 window that benchmarks compare the app against: a QMainWindow with a
small table. Frozen by build.spec (HMO_BUNDLE_TARGET=bare) with the app's own options."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

from hmo_desktop.benchhook import report_first_paint


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    table = QTableWidget(20, 4)
    for r in range(20):
        for c in range(4):
            table.setItem(r, c, QTableWidgetItem(f"{r},{c}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    report_first_paint(app, window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
