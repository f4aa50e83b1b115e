// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace rexec {

// Qt builds a QSslConfiguration inside every QWebSocket (and QHttpServerRequest), even over plain
// HTTP, and so does every QSslCertificate; the first one loads the TLS plugin and every system CA
// certificate (35-45 ms measured here, nearly all of it the certificates), on the thread that
// asks. This does that work on a pool thread instead. Qt guards its TLS set-up with a mutex:
// anything that builds one of those meanwhile waits for the warm-up to end. rexec-local, which
// serves plain HTTP only, runs with no TLS backend instead.
//
// Starts the warm-up unless it has started already.
void warmUpTlsInBackground();

// True once a warm-up has ended (on this thread's clock: its end is delivered as a queued call):
// building a QWebSocket now does not hold this thread.
bool isTlsReady();

// Calls `then` on the thread of `context` (a QObject of the main thread) once TLS is ready: at
// once when it is, after the warm-up otherwise (starting it if needed, once the window's first
// frame is painted: see startupgate.h); never after `context` is gone.
void whenTlsReady(QObject *context, std::function<void()> then);

} // namespace rexec
