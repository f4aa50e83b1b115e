// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QElapsedTimer;

namespace rexec::ui {

class MainWindow;

// For bench/bench_mainwindow.cpp only, and only with REXEC_STARTUP_PROBE=1 in the environment
// (otherwise nothing is installed): the first time the container view paints while the model has
// rows, one line on stderr, "rexec-desktop: list shown after N ms" (N read from `sinceStart`),
// then the probe removes itself.
void installStartupProbeIfAsked(MainWindow &window, const QElapsedTimer &sinceStart);

} // namespace rexec::ui
