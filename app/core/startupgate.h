// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

class QObject;

namespace rexec {

// Background work that would compete with the window's first frame for the CPU waits for that
// frame. On two cores, TLS set up on a pool thread (35-45 ms of CPU) for This computer's events
// socket and the keychain write of its token (QtKeychain, the bus and the keyring daemon) ran
// while the window painted and while the X server put its first frame on screen; Qt's raster
// engine also spreads long spans over a pool of its own during that paint, and waits for it. (A
// remote server's TLS is not held: its first request needs it, and main() starts it at once.)
// The gate is open unless something holds it (main(), and the tests of the gate itself).
//
// Holds the gate until releaseBackgroundWork(), or until `fallback` has passed from the event
// loop's next pass (a window that is never painted must not stop the events socket for good).
// Call before the window is built.
void holdBackgroundWork(std::chrono::milliseconds fallback);

// Opens the gate: what waited runs now, in the order it was asked for. Idempotent.
void releaseBackgroundWork();

bool isBackgroundWorkHeld();

// Calls `work` on the thread of `context` (a QObject of the main thread): at once when the gate
// is open, once it opens otherwise; never after `context` is gone.
void afterStartup(QObject *context, std::function<void()> work);

} // namespace rexec
