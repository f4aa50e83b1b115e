// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace rexec::ui {

// Gets ready, before the window is built, what its first frame would otherwise wait for:
// - the font database (fontconfig's configuration and font list, about 5 ms here) is filled on a
//   pool thread while the widgets are made, instead of when the first widget asks for a font;
// - accessibility (AT-SPI) is set up now rather than on the window's title: Qt does that with
//   blocking calls on the session bus, which took 3-6 ms when they queued behind This computer's
//   server starting on the other core, and 1-2 ms before it is spawned.
// Call after the command line was parsed (--help and --version exit at once, and must not race a
// pool thread), before This computer's server is started.
void prepareFirstFrame();

// Opens the gate of background work (core/startupgate.h) once `window` has painted its first
// frame, and if `contentReady()` is false at that frame, only once `content` (a child of `window`)
// has painted with `contentReady()` true: the container list, when the window opens on a server
// whose list is still on its way. Released at the first frame, the waiting work (the keychain's
// library loaded, TLS set up, the application icon: 6-12 ms of the main thread) ran just before
// the list's own frame and held it back. The release is queued after the paint event, so that it
// runs after that whole frame has been painted and handed to the window system.
void releaseBackgroundWorkOnceShown(QWidget &window, QWidget &content, std::function<bool()> contentReady);

} // namespace rexec::ui
