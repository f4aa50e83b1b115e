// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace rexec::ui {

// Opens the gate of background work (core/startupgate.h) once `window` has painted its first
// frame: the release is queued from the window's first paint event, so it runs after the whole
// frame has been painted and handed to the window system.
void releaseBackgroundWorkAfterFirstPaint(QWidget &window);

} // namespace rexec::ui
